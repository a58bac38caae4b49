"use strict";
// Accounts and their transactions, with a small balance cache in front of the sum.

const transactions = new Map();
const MAX_TX_PER_ACCOUNT = 20;

function record(accountId, amountCents, memo) {
  let list = transactions.get(accountId);
  if (!list) {
    list = [];
    transactions.set(accountId, list);
  }
  list.push({ amountCents, memo, at: Date.now() });
  if (list.length > MAX_TX_PER_ACCOUNT) list.shift();
  // Demo data: only the most recent accounts are kept.
  if (transactions.size > 64) transactions.delete(transactions.keys().next().value);
}

function sum(accountId) {
  const list = transactions.get(accountId) ?? [];
  return list.reduce((n, t) => n + t.amountCents, 0);
}

// First in, first out, 100 balances at most.
class BalanceCache {
  constructor(limit = 100) {
    this.limit = limit;
    this.entries = new Map();
  }
  get(id) {
    return this.entries.get(id);
  }
  set(id, value) {
    this.entries.delete(id);
    this.entries.set(id, value);
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value);
  }
  invalidate(id) {
    this.entries.delete(id);
  }
}

module.exports = { record, sum, BalanceCache };
