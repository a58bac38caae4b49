"use strict";

// Envelopes waiting for signatures. The provider's webhooks do not reach us from the office
// network, so we ask it for the status of every open envelope a few times a second, archive
// the completed ones and close the declined ones.
const provider = require("./provider.cjs");
const { archive, markDeclined } = require("./envelopes.cjs");

const POLL_MS = 250;
let pending = [];
let polls = 0;

function track(envelope) {
  pending.push(envelope);
}

function poll() {
  polls++;
  pending = pending.filter(async (envelope) => {
    if (envelope.status !== "sent") return false;
    try {
      const status = await provider.status(envelope.providerId);
      if (status === "completed") {
        archive(envelope, await provider.downloadSigned(envelope.providerId));
        return false;
      }
      if (status === "declined") {
        markDeclined(envelope);
        return false;
      }
    } catch (err) {
      console.error(`status of ${envelope.reference}:`, err.message); // try again next poll
    }
    return true;
  });
}

setInterval(poll, POLL_MS);

module.exports = { track, trackerStats: () => ({ polls, watching: pending.length }) };
