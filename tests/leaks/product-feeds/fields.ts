/**
 * Feed columns. Plain columns are the product's own fields; computed columns are parsed from
 * their name (`unit_price_qty_100`, `shipping_to_de`, …) and installed as getters on
 * Product.prototype the first time a feed asks for them, so the serializer can read every
 * column the same way: `product[column]`.
 */
import { Product } from "./catalog.ts";

export class FeedError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const PLAIN = new Set(["sku", "title", "brand", "category", "stock", "vatRate", "weightGrams"]);

const SHIPPING_BANDS: Record<string, number[]> = {
  nl: [495, 695, 1295],
  be: [595, 795, 1495],
  de: [695, 995, 1695],
  fr: [795, 1195, 1995],
};

const euros = (cents: number) => Math.round(cents) / 100;

type Getter = (this: Product) => unknown;

const COMPUTED: [RegExp, (m: RegExpExecArray) => Getter][] = [
  [/^price_incl_vat$/, () =>
    function () {
      return euros(this.listCents * (1 + this.vatRate));
    }],
  [/^unit_price_qty_(\d+)$/, (m) => {
    const qty = Number(m[1]);
    return function () {
      return euros(this.unitCentsAt(qty));
    };
  }],
  [/^margin_at_qty_(\d+)$/, (m) => {
    const qty = Number(m[1]);
    return function () {
      const unit = this.unitCentsAt(qty);
      return Math.round(((unit - this.costCents) / unit) * 1000) / 10;
    };
  }],
  [/^shipping_to_([a-z]{2})$/, (m) => {
    const bands = SHIPPING_BANDS[m[1]];
    if (!bands) throw new FeedError(400, `no shipping to ${m[1]}`);
    return function () {
      const band = this.weightGrams < 1000 ? 0 : this.weightGrams < 3000 ? 1 : 2;
      return euros(bands[band]);
    };
  }],
];

export function ensureColumn(field: string): void {
  if (PLAIN.has(field) || field in Product.prototype) return;
  for (const [pattern, getterFor] of COMPUTED) {
    const m = pattern.exec(field);
    if (!m) continue;
    Object.defineProperty(Product.prototype, field, {
      get: getterFor(m),
      enumerable: false,
      configurable: true,
    });
    return;
  }
  throw new FeedError(400, `unknown column ${field}`);
}

export function parseColumns(spec: string | null): string[] {
  const columns = (spec ?? "sku,title,price_incl_vat,stock")
    .split(",")
    .map((c) => c.trim())
    .filter(Boolean);
  if (columns.length > 20) throw new FeedError(400, "at most 20 columns");
  columns.forEach(ensureColumn);
  return columns;
}
