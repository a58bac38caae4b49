"use strict";

const { Lru } = require("./lru.cjs");

/**
 * Claims come from the policy administration system; adjusters work on a handful at a time,
 * so the last 40 are kept in memory. The PAS client is stubbed with generated claims in
 * development (same claim for the same number).
 */

const PERILS = ["water damage", "storm", "theft", "fire", "glass breakage", "collision"];
const REGIONS = ["Noord-Holland", "Utrecht", "Zuid-Holland", "Gelderland", "Noord-Brabant"];

class ClaimError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

function fetchFromPas(claimId) {
  const n = Number(claimId.slice(4));
  return Promise.resolve({
    id: claimId,
    policy: `POL-${String(100000 + (n % 9000)).padStart(7, "0")}`,
    policyholder: { name: `Policyholder ${n % 500}`, email: `holder${n % 500}@example.nl` },
    peril: PERILS[n % PERILS.length],
    region: REGIONS[n % REGIONS.length],
    reportedAt: new Date(Date.UTC(2025, 8, 1) + (n % 86400) * 60_000).toISOString(),
    description:
      "Leak from the upstairs bathroom came through the kitchen ceiling overnight; plaster " +
      "and the extractor hood are damaged, cabinets below are swollen along the bottom edge.",
    insuredAmountCents: 25_000_000,
    deductibleCents: 25_000 + (n % 4) * 10_000,
    status: "open",
    history: [{ at: new Date().toISOString(), event: "loaded from PAS" }],
  });
}

const recentClaims = new Lru(40);

async function loadClaim(claimId) {
  if (!/^CLM-\d{1,10}$/.test(claimId)) throw new ClaimError(422, "bad claim id");
  let claim = recentClaims.get(claimId);
  if (!claim) {
    claim = await fetchFromPas(claimId);
    recentClaims.set(claimId, claim);
  }
  return claim;
}

module.exports = { ClaimError, loadClaim, recentClaims };
