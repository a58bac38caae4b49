import type { Invoice } from "./ledger.ts";

/**
 * Open invoices by the amount still owed, for bank lines whose reference names no invoice
 * (customers who pay "INVOICE JULY" or nothing at all). A line matches when exactly one open
 * invoice is owed its amount.
 */
export class InvoiceIndex {
  #byAmount = new Map<number, Invoice[]>();

  add(inv: Invoice) {
    const bucket = this.#byAmount.get(inv.openCents);
    if (bucket) bucket.push(inv);
    else this.#byAmount.set(inv.openCents, [inv]);
  }

  candidates(amountCents: number): Invoice[] {
    const bucket = this.#byAmount.get(amountCents) ?? [];
    return bucket.filter((inv) => inv.status === "open");
  }

  remove(inv: Invoice) {
    const bucket = this.#byAmount.get(inv.openCents);
    if (!bucket) return;
    const at = bucket.indexOf(inv);
    if (at !== -1) bucket.splice(at, 1);
    if (bucket.length === 0) this.#byAmount.delete(inv.openCents);
  }
}
