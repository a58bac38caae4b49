import type { PriceBook, PriceBookEntry } from "./catalog.ts";

export interface QuoteLine {
  sku: string;
  qty: number;
}

export interface PricedLine extends QuoteLine {
  name: string;
  unitPrice: number;
  discount: number;
  net: number;
  vatRate: number;
}

export interface QuoteTotals {
  net: number;
  vat: number;
  gross: number;
  savings: number;
}

const VAT_RATES: Record<string, { standard: number; reduced: number }> = {
  NL: { standard: 0.21, reduced: 0.09 },
  BE: { standard: 0.21, reduced: 0.06 },
  DE: { standard: 0.19, reduced: 0.07 },
};

export function tierDiscount(entry: PriceBookEntry, qty: number): number {
  let discount = 0;
  for (const tier of entry.tiers) if (qty >= tier.minQty) discount = tier.discount;
  return discount;
}

export function priceLines(lines: QuoteLine[], book: PriceBook, country: string): PricedLine[] {
  const rates = VAT_RATES[country] ?? VAT_RATES.NL;
  return lines.map((line) => {
    const entry = book.entries.get(line.sku);
    if (!entry) {
      return { ...line, name: "(withdrawn)", unitPrice: 0, discount: 0, net: 0, vatRate: 0 };
    }
    const discount = tierDiscount(entry, line.qty);
    const unitPrice = Math.round(entry.listPrice * (1 - discount));
    return {
      ...line,
      name: entry.name,
      unitPrice,
      discount,
      net: unitPrice * line.qty,
      vatRate: rates[entry.vatClass],
    };
  });
}

export function totalsOf(lines: PricedLine[], book: PriceBook): QuoteTotals {
  let net = 0;
  let vat = 0;
  let list = 0;
  for (const line of lines) {
    net += line.net;
    vat += Math.round(line.net * line.vatRate);
    list += (book.entries.get(line.sku)?.listPrice ?? 0) * line.qty;
  }
  return { net, vat, gross: net + vat, savings: list - net };
}

export function supportedCountry(country: string): boolean {
  return Object.hasOwn(VAT_RATES, country);
}
