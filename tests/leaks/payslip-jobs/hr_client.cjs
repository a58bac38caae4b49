"use strict";

/**
 * The HR system's employee API, behind a count-based breaker and a small LRU. The breaker
 * keeps the outcomes of the last 50 calls.
 */

const WINDOW = 50;
const MAX_CACHED = 32;

const breaker = { outcomes: [], open: false, openedAt: 0 };
const employees = new Map();

function record(ok) {
  breaker.outcomes.push(ok);
  if (breaker.outcomes.length > WINDOW) breaker.outcomes.shift();
  const failures = breaker.outcomes.filter((o) => !o).length;
  if (breaker.outcomes.length >= 10 && failures / breaker.outcomes.length > 0.5) {
    breaker.open = true;
    breaker.openedAt = Date.now();
  }
}

async function fetchEmployee(id) {
  await new Promise((resolve) => setTimeout(resolve, 1));
  const n = Number(id.replace(/\D/g, "")) || 1;
  return {
    id,
    name: `Employee ${n}`,
    iban: `NL${String(10 + (n % 89)).padStart(2, "0")}BANK0${String(n).padStart(9, "0")}`,
    grossMonthlyCents: 310_000 + (n % 17) * 12_500,
    taxCredit: n % 3 !== 0,
    pensionPercent: 5.5,
  };
}

async function getEmployee(id) {
  const hit = employees.get(id);
  if (hit) {
    employees.delete(id);
    employees.set(id, hit);
    return hit;
  }
  if (breaker.open && Date.now() - breaker.openedAt < 10_000) {
    throw Object.assign(new Error("HR system unavailable"), { status: 503 });
  }
  breaker.open = false;
  try {
    const employee = await fetchEmployee(id);
    record(true);
    employees.set(id, employee);
    if (employees.size > MAX_CACHED) employees.delete(employees.keys().next().value);
    return employee;
  } catch (err) {
    record(false);
    throw err;
  }
}

function hrStats() {
  return { cached: employees.size, window: breaker.outcomes.length, open: breaker.open };
}

module.exports = { getEmployee, hrStats };
