// A small demo ledger; the real service reads these from Postgres.

export interface Entry {
  date: string;
  account: string;
  description: string;
  debit: number;
  credit: number;
  vatCode: string;
}

const ACCOUNTS = ["1200 Bank", "4000 Sales", "5000 Purchases", "7500 Office costs", "2200 VAT"];
const DESCRIPTIONS = [
  "Card settlement",
  "Invoice INV-2291 Harper & Co",
  "Stationery, Rymans",
  "Bank charges",
  "Subscription, Xerocloud",
  "Refund to customer",
];

export function entriesFor(company: string, period: string): Entry[] {
  let seed = 0;
  for (const ch of company + period) seed = (seed * 31 + ch.charCodeAt(0)) >>> 0;
  const rows: Entry[] = [];
  for (let n = 0; n < 12; n++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    const amount = (seed % 90_000) / 100;
    const debitSide = (seed >> 3) % 2 === 0;
    rows.push({
      date: `${period}-${String(1 + (seed % 28)).padStart(2, "0")}`,
      account: ACCOUNTS[seed % ACCOUNTS.length],
      description: DESCRIPTIONS[(seed >> 5) % DESCRIPTIONS.length],
      debit: debitSide ? amount : 0,
      credit: debitSide ? 0 : amount,
      vatCode: amount > 100 ? "T1" : "T0",
    });
  }
  return rows.sort((a, b) => a.date.localeCompare(b.date));
}
