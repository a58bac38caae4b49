import { longDate, money } from "./format.ts";

export interface Customer {
  id: string;
  name: string;
  vatNumber?: string;
  country: string;
}

export interface Line {
  sku: string;
  description: string;
  quantity: number;
  unitCents: number;
  vatRate: number;
}

export interface Totals {
  netCents: number;
  vatCents: number;
  grossCents: number;
  byRate: { rate: number; netCents: number; vatCents: number }[];
  reverseCharge: boolean;
}

/** Totals per invoice, worked out the first time anyone asks (see Invoice#totals). */
const totalsCache = new Map<Invoice, Totals>();

export class Invoice {
  readonly issuedAt = new Date();

  constructor(
    readonly number: string,
    readonly customer: Customer,
    readonly lines: Line[],
    readonly currency: string,
    readonly locale: string,
  ) {}

  /** Intra-EU B2B with a VAT number: the customer accounts for the VAT. */
  get reverseCharge(): boolean {
    return Boolean(this.customer.vatNumber) && this.customer.country !== "NL";
  }

  /** Worked out once per invoice: the preview, the PDF and the ledger all read it. */
  get totals(): Totals {
    let totals = totalsCache.get(this);
    if (!totals) {
      totals = computeTotals(this.lines, this.reverseCharge);
      totalsCache.set(this, totals);
    }
    return totals;
  }

  render() {
    const fmt = money(this.locale, this.currency);
    const t = this.totals;
    return {
      number: this.number,
      issued: longDate(this.locale).format(this.issuedAt),
      customer: this.customer.name,
      lines: this.lines.map((l) => ({
        description: `${l.quantity} × ${l.description}`,
        amount: fmt.format((l.quantity * l.unitCents) / 100),
      })),
      net: fmt.format(t.netCents / 100),
      vat: t.reverseCharge ? "VAT reverse charged" : fmt.format(t.vatCents / 100),
      total: fmt.format(t.grossCents / 100),
    };
  }
}

function computeTotals(lines: Line[], reverseCharge: boolean): Totals {
  const byRate = new Map<number, { rate: number; netCents: number; vatCents: number }>();
  for (const line of lines) {
    const rate = reverseCharge ? 0 : line.vatRate;
    const bucket = byRate.get(rate) ?? { rate, netCents: 0, vatCents: 0 };
    bucket.netCents += line.quantity * line.unitCents;
    byRate.set(rate, bucket);
  }
  for (const bucket of byRate.values()) {
    bucket.vatCents = Math.round(bucket.netCents * bucket.rate);
  }
  const buckets = [...byRate.values()].sort((a, b) => b.rate - a.rate);
  const netCents = buckets.reduce((n, b) => n + b.netCents, 0);
  const vatCents = buckets.reduce((n, b) => n + b.vatCents, 0);
  return { netCents, vatCents, grossCents: netCents + vatCents, byRate: buckets, reverseCharge };
}
