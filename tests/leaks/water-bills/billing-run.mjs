import { findAccount } from "./accounts.mjs";
import { computeBill } from "./tariff.mjs";

const RECENT_RUNS = 10;
const recentRuns = [];

export function runBilling({ run, period, accounts }) {
  const bills = [];
  const skipped = [];
  for (const id of accounts) {
    const account = findAccount(id);
    if (!account) {
      skipped.push(id);
      continue;
    }
    bills.push(computeBill(account, period));
  }
  const summary = {
    run,
    period,
    billed: bills.length,
    skipped,
    totalCents: bills.reduce((sum, bill) => sum + bill.totalCents, 0),
    finishedAt: new Date().toISOString(),
  };
  recentRuns.push(summary);
  if (recentRuns.length > RECENT_RUNS) recentRuns.shift();
  return { ...summary, bills: bills.map((b) => ({ account: b.account, total: b.formatted })) };
}

export function lastRuns() {
  return recentRuns.slice(-5);
}
