"use strict";

// Mirrors each settlement to the payouts bank's API. The bank only takes SEPA (EUR) here; other
// currencies go through the UK provider's nightly file, so they fail and are listed for finance.

class BankError extends Error {
  constructor(message, code) {
    super(message);
    this.name = "BankError";
    this.code = code;
  }
}

const FAILED_KEEP = 20;
const failed = [];
let mirrored = 0;

async function mirrorSettlement(settlement) {
  await new Promise((resolve) => setImmediate(resolve));
  if (settlement.currency !== "EUR") {
    throw new BankError(`currency ${settlement.currency} is not enabled for SEPA`, "UNSUPPORTED");
  }
  mirrored++;
  return { bankRef: `sepa-${settlement.tripId}` };
}

/** Fire-and-forget with the failure kept (the last few) for finance to reconcile. */
function mirrorInBackground(settlement) {
  mirrorSettlement(settlement).catch((err) => {
    failed.unshift({
      tripId: settlement.tripId,
      courierId: settlement.courierId,
      error: err.message,
      at: new Date().toISOString(),
    });
    if (failed.length > FAILED_KEEP) failed.length = FAILED_KEEP;
  });
}

function bankStats() {
  return { mirrored, failed: failed.slice(0, 5), failedKept: failed.length };
}

module.exports = { bankStats, mirrorInBackground };
