/** The ledger the exports read: a few hundred posted transactions, made up once at start. */
const ACCOUNTS = ["4000 Sales", "4010 Services", "6100 Rent", "6200 Travel", "7000 Payroll"];
const ledger = Array.from({ length: 400 }, (_, n) => ({
  id: `TX-${String(n + 1).padStart(5, "0")}`,
  postedAt: new Date(Date.UTC(2026, 0, 1 + (n % 300))).toISOString().slice(0, 10),
  account: ACCOUNTS[n % ACCOUNTS.length],
  amountCents: ((n * 7919) % 250_000) - 40_000,
  memo: `invoice ${1000 + n}`,
}));

/**
 * The transactions of one account between two dates, a page at a time, as an async generator
 * (the real one reads from the database with a cursor).
 */
export async function* transactions({ account, from, to }, pageSize = 50) {
  const matching = ledger.filter((t) =>
    (!account || t.account.startsWith(account)) && t.postedAt >= from && t.postedAt <= to
  );
  for (let start = 0; start < matching.length; start += pageSize) {
    await new Promise((resolve) => setImmediate(resolve));
    yield* matching.slice(start, start + pageSize);
  }
}
