"use strict";

const { createHmac } = require("node:crypto");
const { guarded } = require("./breakers.cjs");
const { post } = require("./transport.cjs");

const SIGNING_SECRET = "whsec_dropship_dev";

// last deliveries for the support dashboard
const recent = [];
const totals = { delivered: 0, failed: 0, skipped: 0 };

class RelayError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

function sign(body) {
  return createHmac("sha256", SIGNING_SECRET).update(body).digest("hex");
}

function log(entry) {
  recent.unshift(entry);
  if (recent.length > 25) recent.length = 25;
}

async function notifySeller(seller, event, data) {
  if (!seller || typeof seller.webhook !== "string") {
    throw new RelayError(400, "seller.webhook is required");
  }
  let url;
  try {
    url = new URL(seller.webhook);
  } catch {
    throw new RelayError(400, "seller.webhook is not a URL");
  }
  const payload = { event, sellerId: seller.id, sentAt: new Date().toISOString(), data };
  const headers = { "x-event": event, "x-signature": sign(JSON.stringify(payload)) };
  try {
    const res = await guarded(url.host, () => post(url.href, payload, headers));
    totals.delivered++;
    log({ event, seller: seller.id, status: res.status });
    return { delivered: true, status: res.status };
  } catch (err) {
    if (err.name === "Error" && err.code) totals.failed++;
    else totals.skipped++;
    log({ event, seller: seller.id, error: err.message });
    return { delivered: false, error: err.message };
  }
}

module.exports = { RelayError, notifySeller, recent, totals };
