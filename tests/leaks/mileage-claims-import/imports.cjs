"use strict";

const { parseCsv } = require("./csv.cjs");
const payroll = require("./payroll.cjs");

class ImportError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const COLUMNS = ["date", "from", "to", "miles", "purpose", "vehicle"];
const VEHICLES = new Set(["car", "van", "motorbike", "bicycle"]);
const MAX_PROBLEMS = 50;
const KEEP_DONE = 20;
/** Drafts nobody approves are dropped after a day. */
const DRAFT_TTL_MS = 24 * 60 * 60 * 1000;

/** Imports waiting for a manager, by the fleet app's reference. */
const drafts = new Map();
/** Approved imports, newest first, for the expenses team's audit screen. */
const done = [];

function isDate(s) {
  const d = new Date(`${s}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(d.getTime()) &&
    d.toISOString().startsWith(s);
}

function validate(rows) {
  const claims = [];
  const problems = [];
  let dropped = 0;
  const flag = (row, column, message) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ line: row.line, column, message });
    else dropped++;
  };
  for (const row of rows) {
    const before = problems.length + dropped;
    if (!isDate(row.date)) flag(row, "date", `"${row.date}" is not a date`);
    const miles = Number(row.miles);
    if (row.miles === "" || !Number.isFinite(miles) || miles <= 0 || miles > 1000) {
      flag(row, "miles", `"${row.miles}" is not a plausible distance`);
    }
    if (!VEHICLES.has(row.vehicle)) flag(row, "vehicle", `unknown vehicle "${row.vehicle}"`);
    if (!row.purpose) flag(row, "purpose", "a business purpose is required");
    if (problems.length + dropped === before) {
      claims.push({ date: row.date, miles, vehicle: row.vehicle, purpose: row.purpose });
    }
  }
  return { claims, problems, dropped };
}

function importCsv(ref, employee, text) {
  if (!/^[\w-]{1,40}$/.test(ref ?? "")) throw new ImportError(400, "ref is required");
  if (!/^E-\d+$/.test(employee ?? "")) throw new ImportError(400, "employee is required");
  if (drafts.has(ref)) throw new ImportError(409, `${ref} is already waiting for approval`);
  const { header, rows } = parseCsv(text);
  const missing = COLUMNS.filter((c) => !header.includes(c));
  if (missing.length) throw new ImportError(422, `missing columns ${missing.join(", ")}`);
  const { claims, problems, dropped } = validate(rows);
  const draft = { ref, employee, claims, problems, dropped, rows: rows.length, at: Date.now() };
  drafts.set(ref, draft);
  return { ref, rows: rows.length, claims: claims.length, problems: problems.length + dropped };
}

function problemsOf(ref) {
  const draft = drafts.get(ref);
  if (!draft) throw new ImportError(404, `no draft ${ref}`);
  return { ref, problems: draft.problems, more: draft.dropped };
}

function approve(ref, manager) {
  const draft = drafts.get(ref);
  if (!draft) throw new ImportError(404, `no draft ${ref}`);
  drafts.delete(ref);
  payroll.enqueue(draft.claims.map((c) => ({ ...c, employee: draft.employee })));
  done.unshift({
    ref,
    employee: draft.employee,
    claims: draft.claims.length,
    rejected: draft.rows - draft.claims.length,
    approvedBy: manager,
    at: Date.now(),
  });
  if (done.length > KEEP_DONE) done.length = KEEP_DONE;
  return { ref, approved: draft.claims.length };
}

setInterval(() => {
  const cutoff = Date.now() - DRAFT_TTL_MS;
  for (const [ref, draft] of drafts) if (draft.at < cutoff) drafts.delete(ref);
}, 250).unref();

function stats() {
  return { drafts: drafts.size, approved: done.slice(0, 5), payroll: payroll.stats() };
}

module.exports = { ImportError, importCsv, problemsOf, approve, stats };
