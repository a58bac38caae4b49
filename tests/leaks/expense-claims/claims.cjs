"use strict";

const { current, note } = require("./context.cjs");

class ClaimError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const EMPLOYEES = new Map([
  ["e-1042", { name: "Priya Raman", costCentre: "CC-310", approver: "e-2001" }],
  ["e-1077", { name: "Tomás Ortega", costCentre: "CC-310", approver: "e-2001" }],
  ["e-2001", { name: "Hannah Becker", costCentre: "CC-300", approver: null }],
]);

/** Per category: the most that can be claimed on one receipt, in cents. */
const POLICY = { meals: 6_000, travel: 120_000, lodging: 45_000, supplies: 15_000 };

/** Approved totals per employee and month ("e-1042:2024-05"); employees × 12 months at most. */
const monthlyTotals = new Map();
/** Claims waiting for payroll, drained by the payroll export below. */
const payrollQueue = [];
const AUDIT_LIMIT = 50;
const audit = [];

function validateClaim(body) {
  const employeeId = current()?.employee;
  const employee = EMPLOYEES.get(employeeId);
  if (!employee) throw new ClaimError(403, "unknown employee");
  const category = String(body?.category ?? "");
  const limit = POLICY[category];
  if (limit === undefined) throw new ClaimError(422, `no such category ${category}`);
  const cents = Math.round(Number(body.amount) * 100);
  if (!Number.isFinite(cents) || cents <= 0) throw new ClaimError(422, "amount must be positive");
  const date = String(body.date ?? "");
  if (!/^\d{4}-(0[1-9]|1[0-2])-\d{2}$/.test(date)) throw new ClaimError(422, "date is YYYY-MM-DD");
  if (cents > limit) note(`over the ${category} limit by ${(cents - limit) / 100}`);
  return { employeeId, employee, category, cents, date, overLimit: cents > limit };
}

async function submitClaim(body) {
  const claim = validateClaim(body);
  await Promise.resolve(); // the receipt store in production
  const month = claim.date.slice(0, 7);
  const key = `${claim.employeeId}:${month}`;
  if (claim.overLimit) {
    note(`sent to ${claim.employee.approver ?? "finance"} for approval`);
    return record(claim, "pending-approval");
  }
  monthlyTotals.set(key, (monthlyTotals.get(key) ?? 0) + claim.cents);
  payrollQueue.push({ employeeId: claim.employeeId, cents: claim.cents, month });
  return record(claim, "approved");
}

function record(claim, status) {
  const ctx = current();
  audit.push({
    requestId: ctx?.requestId,
    employeeId: claim.employeeId,
    status,
    cents: claim.cents,
    notes: ctx ? [...ctx.notes] : [],
  });
  if (audit.length > AUDIT_LIMIT) audit.splice(0, audit.length - AUDIT_LIMIT);
  return { status, category: claim.category, amount: claim.cents / 100 };
}

async function exportPayroll() {
  const batch = payrollQueue.splice(0, payrollQueue.length);
  await Promise.resolve(); // the payroll provider's API
  return { exported: batch.length, cents: batch.reduce((sum, c) => sum + c.cents, 0) };
}

function summary(employeeId) {
  if (!EMPLOYEES.has(employeeId)) throw new ClaimError(404, "unknown employee");
  const months = [...monthlyTotals].filter(([key]) => key.startsWith(`${employeeId}:`))
    .map(([key, cents]) => ({ month: key.slice(employeeId.length + 1), amount: cents / 100 }));
  return { employeeId, months, recent: audit.filter((a) => a.employeeId === employeeId).slice(-5) };
}

module.exports = { ClaimError, exportPayroll, submitClaim, summary };
