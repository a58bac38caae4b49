"use strict";

// Sandbox of the national cattle tracing service: answers a batch after a short delay.
const RESTRICTED_HOLDINGS = new Set(["33/222/0101", "33/222/0150"]);
const PER_BATCH_LIMIT = 400;

let refs = 0;

function submitBatch(movements) {
  return new Promise((resolve) => {
    setTimeout(() => {
      resolve(movements.map((m, n) => {
        if (n >= PER_BATCH_LIMIT) return { id: m.id, status: "retry", reason: "rate limited" };
        if (RESTRICTED_HOLDINGS.has(m.to)) {
          return {
            id: m.id,
            status: "rejected",
            reason: `holding ${m.to} is under movement restriction`,
          };
        }
        return {
          id: m.id,
          status: "accepted",
          registryRef: `CTS${String(++refs).padStart(9, "0")}`,
        };
      }));
    }, 5);
  });
}

module.exports = { submitBatch };
