import { memoize } from "./memo.ts";
import {
  type Currency,
  type CustomerGroup,
  type Product,
  productBySku,
  unitPriceCents,
} from "./price_list.ts";

export class PricingError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export interface PricingContext {
  customer: string;
  group: CustomerGroup;
  currency: Currency;
  promoCode?: string;
}

export interface BundleLine {
  sku: string;
  qty: number;
}

/** Ready-made kits on the landing pages. */
export const KITS: Record<string, BundleLine[]> = {
  "starter-kit": [
    { sku: "CAM-X100", qty: 1 },
    { sku: "LENS-35", qty: 1 },
    { sku: "SD-128", qty: 2 },
    { sku: "BAT-NP", qty: 1 },
  ],
  "travel-kit": [
    { sku: "CAM-X100", qty: 1 },
    { sku: "TRIPOD-TR", qty: 1 },
    { sku: "FILTER-ND", qty: 1 },
    { sku: "BAG-SLING", qty: 1 },
  ],
};

const BUNDLE_DISCOUNT = [
  { minItems: 3, percent: 5 },
  { minItems: 5, percent: 8 },
];

function discountPercent(items: number): number {
  let percent = 0;
  for (const step of BUNDLE_DISCOUNT) if (items >= step.minItems) percent = step.percent;
  return percent;
}

export function priceBundle(lines: BundleLine[], ctx: PricingContext) {
  // A bundle can list a SKU more than once (accessories added twice); price each
  // (sku, qty) once per quote.
  const linePrice = memoize((sku: string, qty: number) => {
    const product: Product | undefined = productBySku(sku);
    if (!product) throw new PricingError(422, `unknown sku ${sku}`);
    const unit = unitPriceCents(product, ctx.group, qty, ctx.currency);
    return { sku, title: product.title, qty, unitCents: unit, totalCents: unit * qty };
  });

  const priced = lines.map((line) => linePrice(line.sku, line.qty));
  const itemCount = lines.reduce((n, l) => n + l.qty, 0);
  const subtotal = priced.reduce((n, l) => n + l.totalCents, 0);
  const percent = discountPercent(itemCount) + (ctx.promoCode === "SPRING5" ? 5 : 0);
  const discount = Math.round((subtotal * percent) / 100);
  return {
    customer: ctx.customer,
    currency: ctx.currency,
    lines: priced,
    subtotalCents: subtotal,
    discountPercent: percent,
    discountCents: discount,
    totalCents: subtotal - discount,
  };
}
