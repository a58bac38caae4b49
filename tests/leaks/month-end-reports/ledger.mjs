/** Trial balance lines per entity and period, as the finance warehouse exports them nightly. */

const ACCOUNTS = [
  ["4000", "Revenue - subscriptions", "income"],
  ["4010", "Revenue - services", "income"],
  ["5000", "Cost of sales", "expense"],
  ["6100", "Salaries", "expense"],
  ["6200", "Rent and rates", "expense"],
  ["6300", "Software and hosting", "expense"],
  ["6400", "Travel", "expense"],
  ["1200", "Trade debtors", "asset"],
  ["2100", "Trade creditors", "liability"],
  ["2200", "VAT control", "liability"],
];

const ENTITIES = { UK01: "GBP", IE01: "EUR", NL01: "EUR" };

function seeded(entity, period, account) {
  let h = 2166136261;
  for (const ch of `${entity}/${period}/${account}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return (h >>> 0) % 250_000_00;
}

export function entityCurrency(entity) {
  return ENTITIES[entity] ?? null;
}

/** The period's balances in minor units (deterministic per entity, period and account). */
export function trialBalance(entity, period) {
  return ACCOUNTS.map(([code, name, kind]) => ({
    code,
    name,
    kind,
    balanceMinor: seeded(entity, period, code),
  }));
}
