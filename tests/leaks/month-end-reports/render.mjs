import { trialBalance } from "./ledger.mjs";

const money = (minor) => (minor / 100).toFixed(2);

/** The one-page summary: totals by kind and the net result. */
export function renderSummary({ entity, period, currency }) {
  const lines = trialBalance(entity, period);
  const totals = { income: 0, expense: 0, asset: 0, liability: 0 };
  for (const line of lines) totals[line.kind] += line.balanceMinor;
  const csv = [
    "section,amount,currency",
    ...Object.entries(totals).map(([kind, minor]) => `${kind},${money(minor)},${currency}`),
    `net result,${money(totals.income - totals.expense)},${currency}`,
  ].join("\n");
  return { format: "csv", rows: Object.keys(totals).length + 1, body: csv };
}

/** The full pack: every account, with its share of its section. */
export function renderPack({ entity, period, currency }) {
  const lines = trialBalance(entity, period);
  const bySection = new Map();
  for (const line of lines) {
    bySection.set(line.kind, (bySection.get(line.kind) ?? 0) + line.balanceMinor);
  }
  const csv = [
    "account,name,section,amount,share,currency",
    ...lines.map((l) =>
      [
        l.code,
        `"${l.name}"`,
        l.kind,
        money(l.balanceMinor),
        ((l.balanceMinor / bySection.get(l.kind)) * 100).toFixed(1) + "%",
        currency,
      ].join(",")
    ),
  ].join("\n");
  return { format: "csv", rows: lines.length, body: csv };
}
