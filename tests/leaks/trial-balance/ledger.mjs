import { CHART, NORMAL_DEBIT } from "./chart.mjs";

const RECENT_KEPT = 40;
const EXTERNAL_IDS_KEPT = 64;

export class LedgerError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** Running balance per account, in pence (debits positive). */
const balances = new Map([...CHART.keys()].map((code) => [code, 0]));
/** Recent entries by id; older ones are only in the database. */
const recent = new Map();
/** externalId → entry id, so a client retry does not post twice. */
const byExternalId = new Map();
let seq = 0;

function remember(entry) {
  recent.set(entry.id, entry);
  if (recent.size > RECENT_KEPT) recent.delete(recent.keys().next().value);
  if (entry.externalId) {
    byExternalId.set(entry.externalId, entry.id);
    if (byExternalId.size > EXTERNAL_IDS_KEPT) {
      byExternalId.delete(byExternalId.keys().next().value);
    }
  }
}

function validateLines(lines) {
  if (!Array.isArray(lines) || lines.length < 2) {
    throw new LedgerError(400, "a journal entry needs two or more lines");
  }
  let net = 0;
  for (const l of lines) {
    if (!CHART.has(l.account)) throw new LedgerError(422, `no account ${l.account}`);
    const d = l.debit ?? 0;
    const c = l.credit ?? 0;
    if (!Number.isInteger(d) || !Number.isInteger(c) || (d > 0) === (c > 0)) {
      throw new LedgerError(422, "each line is either a debit or a credit, in pence");
    }
    net += d - c;
  }
  if (net !== 0) throw new LedgerError(422, `entry is out of balance by ${net}`);
}

function apply(entry, sign = 1) {
  for (const l of entry.lines) {
    balances.set(l.account, balances.get(l.account) + sign * ((l.debit ?? 0) - (l.credit ?? 0)));
  }
}

export function postEntry(body) {
  if (body.externalId && byExternalId.has(body.externalId)) {
    const existing = recent.get(byExternalId.get(body.externalId));
    if (existing) return { entry: existing, duplicate: true };
  }
  validateLines(body.lines);
  const entry = {
    id: `JNL${String(++seq).padStart(6, "0")}`,
    externalId: body.externalId ?? null,
    date: body.date ?? new Date().toISOString().slice(0, 10),
    memo: String(body.memo ?? ""),
    lines: body.lines.map(({ account, debit, credit }) => ({ account, debit, credit })),
    reverses: null,
    reversedBy: null,
  };
  apply(entry);
  remember(entry);
  return { entry, duplicate: false };
}

/** An entry by its journal number or by the client's externalId. */
function lookup(ref) {
  return recent.get(ref) ?? recent.get(byExternalId.get(ref));
}

export function amendMemo(ref, memo) {
  const entry = lookup(ref);
  if (!entry) throw new LedgerError(404, `${ref} is not open for amendment`);
  entry.memo = String(memo ?? "");
  return entry;
}

export function reverse(ref, date) {
  const original = lookup(ref);
  if (!original) throw new LedgerError(404, `${ref} is not open for reversal`);
  if (original.reversedBy) {
    throw new LedgerError(409, `${original.id} was reversed by ${original.reversedBy}`);
  }
  const entry = {
    id: `JNL${String(++seq).padStart(6, "0")}`,
    externalId: null,
    date: date ?? new Date().toISOString().slice(0, 10),
    memo: `Reversal of ${original.id}`,
    lines: original.lines.map((l) => ({ account: l.account, debit: l.credit, credit: l.debit })),
    reverses: original.id,
    reversedBy: null,
  };
  original.reversedBy = entry.id;
  apply(entry);
  remember(entry);
  return entry;
}

export function trialBalance() {
  const rows = [];
  let debits = 0;
  let credits = 0;
  for (const [code, pence] of balances) {
    const { name, type } = CHART.get(code);
    const debit = pence > 0 ? pence : 0;
    const credit = pence < 0 ? -pence : 0;
    debits += debit;
    credits += credit;
    rows.push({ code, name, debit, credit, normal: NORMAL_DEBIT.has(type) ? "debit" : "credit" });
  }
  return { rows, debits, credits, balanced: debits === credits };
}
