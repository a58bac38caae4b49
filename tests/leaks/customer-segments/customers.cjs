"use strict";

/** The CRM export the segment previews run against (refreshed nightly in production). */

const COUNTRIES = ["NL", "BE", "DE", "FR", "NL", "NL", "DE"];
const TIERS = ["bronze", "silver", "gold", "bronze", "silver"];

const customers = [];
for (let n = 0; n < 400; n++) {
  customers.push({
    id: `cus_${String(n).padStart(5, "0")}`,
    orders: (n * 7) % 23,
    spent: Math.round(((n * 37) % 900) * 100 + 99) / 100,
    country: COUNTRIES[n % COUNTRIES.length],
    tier: TIERS[(n * 3) % TIERS.length],
    days_since_order: (n * 11) % 400,
    newsletter: n % 3 !== 0,
  });
}

function matching(predicate, sampleSize) {
  let count = 0;
  const sample = [];
  for (const customer of customers) {
    if (!predicate(customer)) continue;
    count++;
    if (sample.length < sampleSize) sample.push(customer.id);
  }
  return { count, total: customers.length, sample };
}

module.exports = { matching };
