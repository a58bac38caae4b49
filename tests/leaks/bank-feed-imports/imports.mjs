import { parseCsv } from "./csv.mjs";
import { closeReview, openReview } from "./review.mjs";
import { account, post } from "./ledger.mjs";

export class ImportError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const REQUIRED = ["date", "description", "amount", "currency", "reference"];
const MAX_PROBLEMS = 100;

/** Imports parsed and waiting for the bookkeeper to commit them, by import number. */
const jobs = new Map();
const totals = { imported: 0, committed: 0, lines: 0, rejectedLines: 0 };

function validDate(s) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function checkRow(row, acct, problems) {
  const before = problems.length;
  const problem = (field, message) => {
    if (problems.length < MAX_PROBLEMS) {
      problems.push({ line: row._line, field, value: row[field] ?? "", message });
    }
  };
  if (!validDate(row.date)) problem("date", `"${row.date}" is not a calendar date (YYYY-MM-DD)`);
  if (!/^-?\d+(\.\d{1,2})?$/.test(row.amount)) {
    problem("amount", `"${row.amount}" is not an amount with at most two decimals`);
  }
  if (row.currency !== acct.currency) {
    problem("currency", `${row.currency || "(empty)"} on a ${acct.currency} account`);
  }
  if (!row.reference) problem("reference", "the bank reference is missing");
  return problems.length === before;
}

/** Parses and checks a statement export; the valid lines wait for commit, problems go to review. */
export function startImport(iban, id, text) {
  const acct = account(iban);
  if (!acct) throw new ImportError(404, `no account ${iban}`);
  const number = Number(id);
  if (!Number.isSafeInteger(number) || number <= 0) {
    throw new ImportError(400, "import numbers are positive integers");
  }
  if (jobs.has(number)) throw new ImportError(409, `import ${number} is already waiting`);
  const { header, rows } = parseCsv(text);
  const missing = REQUIRED.filter((h) => !header.includes(h));
  if (missing.length) throw new ImportError(422, `missing columns: ${missing.join(", ")}`);

  const problems = [];
  const lines = [];
  for (const row of rows) {
    if (!checkRow(row, acct, problems)) continue;
    lines.push({
      date: row.date,
      description: row.description,
      amountCents: Math.round(Number(row.amount) * 100),
      reference: row.reference,
      counterparty: row.counterparty || null,
    });
  }
  const job = { id: number, iban, lines, rejected: rows.length - lines.length, at: Date.now() };
  jobs.set(job.id, job);
  openReview(id, { iban, rows: rows.length, valid: lines.length, problems });
  totals.imported++;
  return { import: number, rows: rows.length, valid: lines.length, problems: problems.length };
}

/** Posts the valid lines of a waiting import to the ledger. */
export function commitImport(number) {
  const job = jobs.get(number);
  if (!job) throw new ImportError(404, `no import ${number} waiting`);
  const posted = post(job.iban, job.lines);
  jobs.delete(number);
  closeReview(job.id);
  totals.committed++;
  totals.lines += posted;
  totals.rejectedLines += job.rejected;
  return { import: number, posted, balanceCents: account(job.iban).balanceCents };
}

export function importStats() {
  return { ...totals, waiting: jobs.size };
}
