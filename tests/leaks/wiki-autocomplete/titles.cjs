"use strict";

// Page titles of the staff wiki, sorted for prefix lookups.
const TITLES = [
  "Annual leave policy",
  "Annual leave request form",
  "Brand guidelines",
  "Building access and visitor passes",
  "Car parking at the Leeds office",
  "Customer complaints procedure",
  "Data protection: subject access requests",
  "Expenses: mileage rates",
  "Expenses: submitting a claim",
  "Fire evacuation procedure",
  "Harbour dues and berthing charges",
  "Holiday calendar 2025",
  "IT: resetting your password",
  "IT: setting up the VPN",
  "Maternity and paternity leave",
  "New starter checklist",
  "On-call rota",
  "Payroll dates",
  "Pension scheme",
  "Printing and scanning",
  "Sick leave and reporting absence",
  "Tide tables for the estuary berths",
  "Training budget",
  "Travel booking",
];

const sorted = [...TITLES].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
const lower = sorted.map((t) => t.toLowerCase());

function lowerBound(prefix) {
  let lo = 0;
  let hi = lower.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lower[mid] < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Titles starting with the prefix, then titles with a word starting with it. */
function complete(prefix, limit = 8) {
  const p = prefix.trim().toLowerCase();
  if (!p) return [];
  const out = [];
  for (
    let i = lowerBound(p);
    i < lower.length && lower[i].startsWith(p) && out.length < limit;
    i++
  ) {
    out.push(sorted[i]);
  }
  for (let i = 0; i < lower.length && out.length < limit; i++) {
    if (!out.includes(sorted[i]) && lower[i].split(/[\s:-]+/).some((w) => w.startsWith(p))) {
      out.push(sorted[i]);
    }
  }
  return out;
}

function search(q) {
  const terms = q.toLowerCase().split(/\s+/).filter((t) => t.length > 2);
  return sorted.filter((_title, i) => terms.some((term) => lower[i].includes(term)));
}

module.exports = { complete, search, TITLES: sorted };
