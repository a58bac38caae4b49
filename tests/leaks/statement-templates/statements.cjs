"use strict";

const { Engine } = require("./vendor/stache/index.cjs");
const { TEMPLATES } = require("./templates.cjs");

const engine = new Engine();
const LINES_KEPT = 40;

class StatementError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const accounts = new Map([
  ["ACC-1001", {
    id: "ACC-1001",
    holder: "Priya Natarajan",
    accountNumber: "20-45-77 41893021",
    style: "standard",
    locale: "en-GB",
    currency: "GBP",
    openingCents: 182_340,
    lines: [],
  }],
  ["ACC-2002", {
    id: "ACC-2002",
    holder: "Kaffeerösterei Lindqvist GmbH",
    accountNumber: "DE89 3704 0044 0532 0130 00",
    vatNumber: "DE 293 118 442",
    style: "business",
    locale: "de-DE",
    currency: "EUR",
    openingCents: 4_512_000,
    lines: [],
  }],
]);

function account(id) {
  const acc = accounts.get(id);
  if (!acc) throw new StatementError(404, `no account ${id}`);
  return acc;
}

function postTransaction(id, body) {
  const acc = account(id);
  if (!Number.isInteger(body.amountCents)) throw new StatementError(400, "amountCents");
  const line = {
    bookedOn: body.bookedOn ?? new Date().toISOString().slice(0, 10),
    description: String(body.description ?? ""),
    counterparty: String(body.counterparty ?? ""),
    amountCents: body.amountCents,
  };
  acc.lines.push(line);
  if (acc.lines.length > LINES_KEPT) {
    const dropped = acc.lines.shift();
    acc.openingCents += dropped.amountCents;
  }
  return line;
}

// number and date formats follow the account's locale and currency
function templateFor(acc) {
  const base = TEMPLATES[acc.style] ?? TEMPLATES.standard;
  return { ...base, locale: acc.locale, currency: acc.currency };
}

function renderStatement(id, period) {
  const acc = account(id);
  let balance = acc.openingCents;
  let credits = 0;
  let debits = 0;
  let overdrawn = false;
  const lines = acc.lines.map((l) => {
    balance += l.amountCents;
    if (l.amountCents >= 0) credits += l.amountCents;
    else debits -= l.amountCents;
    if (balance < 0) overdrawn = true;
    return { ...l, balanceCents: balance };
  });
  return engine.render(templateFor(acc), {
    holder: acc.holder,
    accountNumber: acc.accountNumber,
    vatNumber: acc.vatNumber,
    period,
    lines,
    openingCents: acc.openingCents,
    closingCents: balance,
    creditsCents: credits,
    debitsCents: debits,
    overdrawn,
  });
}

module.exports = { StatementError, postTransaction, renderStatement };
