import { CAFES } from "./catalogue.ts";
import type { Order } from "./orders.ts";

export interface Invoice {
  number: string;
  order: string;
  cents: number;
  dueOn: string;
}

/** A café's running balance and its latest invoices, made the first time the café orders. */
export class CafeAccount {
  balanceCents = 0;
  readonly invoices: Invoice[] = [];
  #seq = 0;

  constructor(readonly cafe: string, readonly terms: number) {}

  invoice(order: Order): Invoice {
    const due = new Date(Date.now() + this.terms * 86_400_000);
    const invoice = {
      number: `${this.cafe.slice(0, 3).toUpperCase()}-${++this.#seq}`,
      order: order.id,
      cents: order.totalCents(),
      dueOn: due.toISOString().slice(0, 10),
    };
    this.balanceCents += invoice.cents;
    this.invoices.push(invoice);
    if (this.invoices.length > 10) this.invoices.shift();
    return invoice;
  }
}

const accounts = new Map<string, CafeAccount>();

export function accountFor(cafe: string): CafeAccount | undefined {
  const known = CAFES[cafe];
  if (!known) return undefined;
  let account = accounts.get(cafe);
  if (!account) accounts.set(cafe, account = new CafeAccount(cafe, known.terms));
  return account;
}
