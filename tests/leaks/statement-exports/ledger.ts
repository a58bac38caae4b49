/** Booked transactions per account and month, as the core banking mirror returns them. */

export interface Transaction {
  bookedOn: string;
  counterparty: string;
  counterIban: string;
  description: string;
  amountCents: number;
  balanceCents: number;
}

export class StatementError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const COUNTERPARTIES = [
  { name: "Albert Heijn 1403", iban: "NL02ABNA0123456789", text: "Groceries" },
  { name: "NS Reizigers", iban: "NL17INGB0004567890", text: "Train travel" },
  { name: "Vattenfall", iban: "NL33RABO0312345678", text: "Energy, monthly instalment" },
  { name: "Gemeente Utrecht", iban: "NL60BNGH0285012345", text: "Municipal taxes" },
  { name: "Employer BV", iban: "NL45INGB0669988776", text: "Salary" },
  { name: "Bol.com", iban: "NL86ABNA0559912233", text: "Order 7731-22" },
];

const IBAN = /^NL\d{2}[A-Z]{4}\d{4,12}$/;

function hash(text: string): number {
  let h = 5381;
  for (let n = 0; n < text.length; n++) h = (Math.imul(h, 33) + text.charCodeAt(n)) >>> 0;
  return h;
}

export function transactions(iban: string, month: string): Transaction[] {
  if (!IBAN.test(iban)) throw new StatementError(404, "unknown account");
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) throw new StatementError(400, "month must be YYYY-MM");
  const [year, mon] = [Number(m[1]), Number(m[2])];
  const days = new Date(Date.UTC(year, mon, 0)).getUTCDate();
  let balance = 150_000 + (hash(iban + month) % 400_000);
  const seed = hash(`${iban}/${month}`);
  const count = 18 + (seed % 14);
  const rows: Transaction[] = [];
  for (let n = 0; n < count; n++) {
    const party = COUNTERPARTIES[(seed + n * 7) % COUNTERPARTIES.length];
    const amount = party.text === "Salary" ? 385_000 : -((hash(`${seed}:${n}`) % 18_000) + 250);
    balance += amount;
    const day = 1 + Math.floor((n * days) / count);
    rows.push({
      bookedOn: `${month}-${String(day).padStart(2, "0")}`,
      counterparty: party.name,
      counterIban: party.iban,
      description: `${party.text} ${month}`,
      amountCents: amount,
      balanceCents: balance,
    });
  }
  return rows;
}

export const formatCents = (cents: number) =>
  `${cents < 0 ? "-" : ""}${Math.floor(Math.abs(cents) / 100)},${
    String(Math.abs(cents) % 100).padStart(2, "0")
  }`;
