"use strict";

/** Sample tubes drawn with each donation, one per test panel the lab runs. */

const PANELS = [
  { code: "ABO", tube: "EDTA 6 ml", tests: ["ABO/RhD typing", "irregular antibodies"] },
  { code: "SER", tube: "SST 5 ml", tests: ["HIV 1/2", "HBsAg", "anti-HCV", "syphilis"] },
  { code: "NAT", tube: "PPT 9 ml", tests: ["HIV RNA", "HBV DNA", "HCV RNA", "HEV RNA"] },
];

function labelTubes(donation) {
  const tubes = [];
  for (const panel of PANELS) {
    tubes.push({
      barcode: `${donation.id}-${panel.code}`,
      donationId: donation.id,
      panel: panel.code,
      tubeType: panel.tube,
      tests: panel.tests.slice(),
      bloodGroup: donation.donor.bloodGroup,
      drawnAt: donation.drawnAt,
      drawnBy: donation.nurse,
      site: donation.site,
    });
  }
  return tubes;
}

module.exports = { labelTubes, PANELS };
