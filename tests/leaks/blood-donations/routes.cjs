"use strict";

const { screen, countCollection, stock } = require("./screening.cjs");
const { labelTubes } = require("./tubes.cjs");
const labDispatch = require("./lab-dispatch.cjs");

const SITE = "Utrecht Centraal donor centre";

function collect(body, nurse) {
  const donor = body && body.donor;
  if (!donor || !donor.id || !donor.bloodGroup) {
    return { status: 422, body: { error: "donor id and blood group are required" } };
  }
  const verdict = screen(donor, body.vitals || {});
  if (!verdict.eligible) {
    return { status: 200, body: { donor: donor.id, deferred: true, reasons: verdict.reasons } };
  }
  const donation = {
    id: String(body.donationId || ""),
    donor: { id: String(donor.id), bloodGroup: donor.bloodGroup, sex: donor.sex },
    volumeMl: Number(body.volumeMl || 500),
    drawnAt: new Date().toISOString(),
    nurse,
    site: SITE,
  };
  if (!/^DN-/.test(donation.id)) {
    return { status: 422, body: { error: "donationId must be a DN- number" } };
  }
  countCollection(donor.bloodGroup);
  const tubes = labelTubes(donation);
  labDispatch.dispatch(tubes);
  return {
    status: 201,
    body: {
      donation: donation.id,
      tubes: tubes.map((t) => t.barcode),
      volumeMl: donation.volumeMl,
    },
  };
}

function route(method, url, body, headers) {
  if (method === "POST" && url.pathname === "/donations") {
    return collect(body, headers["x-nurse"] || "unknown");
  }
  if (method === "GET" && url.pathname === "/lab/transit") {
    return { status: 200, body: labDispatch.status() };
  }
  if (method === "GET" && url.pathname === "/stock") {
    return { status: 200, body: { collected: stock() } };
  }
  return { status: 404, body: { error: "not found" } };
}

module.exports = { route };
