import type { LiveConfig, PricingConfig } from "./live_config.ts";

export interface QuoteLine {
  sku: string;
  qty: number;
}

/**
 * A quote being built. It follows pricing changes while it is open, so a quote started before
 * a VAT or price change is totalled with the new values.
 */
export class QuoteSession {
  rates: PricingConfig;
  lines: QuoteLine[] = [];
  repriced = 0;
  readonly #unsubscribe: () => void;

  constructor(readonly id: string, config: LiveConfig<PricingConfig>) {
    this.rates = config.value;
    this.#unsubscribe = config.subscribe((next) => {
      this.rates = next;
      this.repriced++;
    });
  }

  add(sku: string, qty: number): this {
    if (!(sku in this.rates.prices)) throw new Error(`unknown sku ${sku}`);
    this.lines.push({ sku, qty });
    return this;
  }

  total() {
    const { prices, vatRate, bulkDiscount, currency } = this.rates;
    const lines = this.lines.map((l) => {
      const gross = prices[l.sku] * l.qty;
      const discount = l.qty >= bulkDiscount.minQty ? gross * bulkDiscount.percent / 100 : 0;
      return { ...l, unitCents: prices[l.sku], cents: Math.round(gross - discount) };
    });
    const net = lines.reduce((n, l) => n + l.cents, 0);
    const vat = Math.round(net * vatRate);
    return { id: this.id, currency, lines, net, vat, total: net + vat, repriced: this.repriced };
  }

  close(): void {
    this.#unsubscribe();
  }
}
