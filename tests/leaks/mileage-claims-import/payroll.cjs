"use strict";

/**
 * Approved mileage goes to payroll. Claims are queued and posted together shortly after the
 * first approval of a pile (a manager approves several at once); per employee we keep the tax
 * year's miles and the last few claims for the payslip notes.
 */
const RATES = {
  car: [0.45, 0.25],
  van: [0.45, 0.25],
  motorbike: [0.24, 0.24],
  bicycle: [0.2, 0.2],
};
const BAND_MILES = 10_000;
const LAST_CLAIMS = 10;
const POST_DELAY_MS = 150;

const employees = new Map();
let queue = [];
let timer = null;
let posted = 0;

function employee(id) {
  let e = employees.get(id);
  if (!e) {
    e = { id, milesThisYear: 0, owedPence: 0, last: [] };
    employees.set(id, e);
  }
  return e;
}

function post() {
  timer = null;
  const batch = queue;
  queue = [];
  for (const claim of batch) {
    const e = employee(claim.employee);
    const [first, after] = RATES[claim.vehicle] ?? RATES.car;
    const inBand = Math.max(0, Math.min(claim.miles, BAND_MILES - e.milesThisYear));
    const pence = Math.round((inBand * first + (claim.miles - inBand) * after) * 100);
    e.milesThisYear += claim.miles;
    e.owedPence += pence;
    e.last.push({ date: claim.date, miles: claim.miles, pence, purpose: claim.purpose });
    if (e.last.length > LAST_CLAIMS) e.last.splice(0, e.last.length - LAST_CLAIMS);
    posted++;
  }
}

function enqueue(claims) {
  queue.push(...claims);
  // not pushed back by later approvals, so a busy afternoon still posts every POST_DELAY_MS
  timer ??= setTimeout(post, POST_DELAY_MS);
}

function summary(id) {
  const e = employees.get(id) ?? { milesThisYear: 0, owedPence: 0, last: [] };
  return {
    employee: id,
    milesThisYear: Math.round(e.milesThisYear * 10) / 10,
    owed: (e.owedPence / 100).toFixed(2),
    last: e.last.slice(-5),
    queued: queue.filter((c) => c.employee === id).length,
  };
}

function stats() {
  return { employees: employees.size, queued: queue.length, posted };
}

module.exports = { enqueue, summary, stats };
