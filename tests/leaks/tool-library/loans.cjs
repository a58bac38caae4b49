"use strict";

// Tools out on loan, and the last 30 returns for the volunteers' screen.
const { putBack, takeCopy } = require("./catalogue.cjs");

const LOAN_DAYS = 7;
const out = new Map(); // loan reference → loan
const RETURNS = 30;
const returns = [];
const perKind = new Map();

function lend(reference, kind, member) {
  if (out.has(reference)) return { error: "reference in use", status: 409 };
  const copy = takeCopy(kind);
  if (!copy) return { error: "none on the shelf", status: 409 };
  const loan = {
    reference,
    kind,
    tag: copy.tag,
    member: member.id,
    memberName: member.name,
    lentAt: Date.now(),
    due: new Date(Date.now() + LOAN_DAYS * 86_400_000).toISOString().slice(0, 10),
  };
  out.set(reference, loan);
  perKind.set(kind, (perKind.get(kind) ?? 0) + 1);
  return { loan };
}

function giveBack(reference, condition) {
  const loan = out.get(reference);
  if (!loan) return undefined;
  out.delete(reference);
  putBack(loan.tag);
  returns.push({ reference, tag: loan.tag, condition, days: 0 });
  if (returns.length > RETURNS) returns.shift();
  return loan;
}

module.exports = {
  lend,
  giveBack,
  loanStats: () => ({
    out: out.size,
    perKind: Object.fromEntries(perKind),
    returns: returns.slice(-5),
  }),
};
