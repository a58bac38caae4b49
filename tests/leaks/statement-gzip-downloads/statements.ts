export interface Transaction {
  date: string;
  description: string;
  amountCents: number;
  balanceCents: number;
}

const PAYEES = ["Albert Heijn", "NS Reizen", "Eneco", "Gemeente Utrecht", "Bol.com", "Salary"];

function seed(text: string): number {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return h;
}

/** The month's transactions, read a day at a time from the ledger. */
export async function* transactions(account: string, month: string) {
  let state = seed(account + month);
  let balance = 150_000 + (state % 90_000);
  for (let day = 1; day <= 28; day++) {
    await Promise.resolve(); // one ledger page per day
    const count = state % 3;
    for (let n = 0; n < count; n++) {
      state = Math.imul(state, 1103515245) + 12345 >>> 0;
      const payee = PAYEES[state % PAYEES.length];
      const amount = payee === "Salary" ? 320_000 : -((state >>> 8) % 12_000);
      balance += amount;
      yield {
        date: `${month}-${String(day).padStart(2, "0")}`,
        description: payee,
        amountCents: amount,
        balanceCents: balance,
      } satisfies Transaction;
    }
    state = (state * 7 + day) >>> 0;
  }
}

export function csvLine(t: Transaction): string {
  const money = (c: number) => (c / 100).toFixed(2);
  return `${t.date},"${t.description}",${money(t.amountCents)},${money(t.balanceCents)}\n`;
}
