"use strict";

const RECENT_KEPT = 30;

class JournalError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const ACCOUNTS = new Set(["1100", "1200", "2100", "4000", "4010", "7900"]);
const recent = [];
const balances = new Map([...ACCOUNTS].map((a) => [a, 0]));
let seq = 0;

/** Validates and posts one entry in the receivables subledger; returns the posted entry. */
function post(body) {
  const lines = Array.isArray(body.lines) ? body.lines : [];
  if (lines.length < 2) throw new JournalError(400, "an entry needs at least two lines");
  let debits = 0;
  let credits = 0;
  for (const l of lines) {
    if (!ACCOUNTS.has(l.account)) throw new JournalError(422, `unknown account ${l.account}`);
    debits += l.debitCents ?? 0;
    credits += l.creditCents ?? 0;
  }
  if (debits !== credits) throw new JournalError(422, "debits and credits differ");
  const entry = {
    id: `JE-${String(++seq).padStart(7, "0")}`,
    date: body.date ?? new Date().toISOString().slice(0, 10),
    currency: body.currency ?? "EUR",
    memo: String(body.memo ?? ""),
    source: body.source ?? "manual",
    lines: lines.map((l) => ({
      account: l.account,
      debitCents: l.debitCents ?? 0,
      creditCents: l.creditCents ?? 0,
      text: l.text,
    })),
    postedAt: new Date().toISOString(),
  };
  for (const l of entry.lines) {
    balances.set(l.account, balances.get(l.account) + l.debitCents - l.creditCents);
  }
  recent.push(entry);
  if (recent.length > RECENT_KEPT) recent.shift();
  return entry;
}

function find(id) {
  return recent.find((e) => e.id === id);
}

function trialBalance() {
  return Object.fromEntries(balances);
}

module.exports = { JournalError, find, post, trialBalance };
