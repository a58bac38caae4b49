"use strict";

const { randomBytes } = require("node:crypto");

/**
 * Stand-in for the processor's refunds API (the sandbox answers in a few ms). Amounts are in
 * the charge currency's major unit, as the processor's v1 API takes them.
 */
async function createRefund({ charge, amount, currency, reason }) {
  await new Promise((r) => setTimeout(r, 2));
  return {
    id: `re_${randomBytes(8).toString("hex")}`,
    charge,
    amount,
    currency,
    reason,
    status: "succeeded",
    arn: `74${Date.now()}${Math.floor(Math.random() * 1e6)}`.slice(0, 23),
    created: Math.floor(Date.now() / 1000),
  };
}

module.exports = { createRefund };
