"use strict";

// Client for the accounting system (the general ledger). Every invoice is mirrored there as a
// receivable on the account mapped for its currency.

const { randomUUID } = require("node:crypto");

class LedgerError extends Error {
  constructor(message, { retryable = false, document } = {}) {
    super(message);
    this.name = "LedgerError";
    this.retryable = retryable;
    this.document = document;
  }
}

// Receivables accounts per currency. USD and GBP invoicing started when the UK entity moved to
// this platform; their accounts live in that entity's ledger and were never mapped here.
const RECEIVABLES_ACCOUNTS = {
  EUR: "1300-debiteuren-eur",
};

const mirrored = new Map();

async function upsertReceivable(document) {
  const account = RECEIVABLES_ACCOUNTS[document.currency];
  if (!account) {
    throw new LedgerError(`no receivables account mapped for ${document.currency}`, { document });
  }
  // network round trip to the ledger API
  await new Promise((resolve) => setImmediate(resolve));
  const existing = mirrored.get(document.externalId);
  const entry = {
    ledgerId: existing?.ledgerId ?? `gl_${randomUUID().slice(0, 10)}`,
    account,
    amount: document.amount,
    version: (existing?.version ?? 0) + 1,
  };
  mirrored.set(document.externalId, entry);
  return entry;
}

module.exports = { LedgerError, upsertReceivable };
