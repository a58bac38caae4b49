import { type Pricing, pricing } from "./pricing.ts";
import { SUBSCRIBE } from "./store.ts";

const CATALOG: Record<string, { title: string; cents: number }> = {
  "MUG-01": { title: "Enamel mug", cents: 1250 },
  "TEE-M": { title: "Logo tee (M)", cents: 2400 },
  "CAP-01": { title: "Canvas cap", cents: 1800 },
};

export interface CartLine {
  sku: string;
  title: string;
  qty: number;
  unitCents: number;
}

export interface Cart {
  id: string;
  customer: string;
  lines: CartLine[];
  totals: { subtotalCents: number; discountCents: number; vatCents: number; totalCents: number };
  unsubscribe: () => void;
}

const carts = new Map<string, Cart>();
let nextId = 1;

function computeTotals(lines: CartLine[], p: Pricing): Cart["totals"] {
  const subtotalCents = lines.reduce((sum, l) => sum + l.qty * l.unitCents, 0);
  const discountCents = Math.round(subtotalCents * p.promoPercent / 100);
  const taxable = subtotalCents - discountCents + p.shippingCents;
  const vatCents = Math.round(taxable * p.vatRate);
  return { subtotalCents, discountCents, vatCents, totalCents: taxable + vatCents };
}

export function openCart(
  id: string | undefined,
  customer: string,
  items: { sku: string; qty: number }[],
): Cart {
  const lines = items.filter((it) => CATALOG[it.sku]).map((it) => ({
    sku: it.sku,
    title: CATALOG[it.sku].title,
    qty: Math.max(1, Math.floor(it.qty)),
    unitCents: CATALOG[it.sku].cents,
  }));
  const cart: Cart = {
    id: id ?? `cart-${nextId++}`,
    customer,
    lines,
    totals: computeTotals(lines, pricing),
    unsubscribe: () => {},
  };
  // Keep the totals live while the customer looks at the cart.
  const onPricing = (_key: keyof Pricing, _value: unknown, state: Readonly<Pricing>) => {
    cart.totals = computeTotals(cart.lines, state);
  };
  cart.unsubscribe = pricing[SUBSCRIBE](onPricing);
  carts.set(cart.id, cart);
  return cart;
}

export function getCart(id: string): Cart | undefined {
  return carts.get(id);
}

export function checkout(id: string) {
  const cart = carts.get(id);
  if (!cart) return undefined;
  carts.delete(id);
  return {
    orderId: `ord-${cart.id}`,
    customer: cart.customer,
    totalCents: cart.totals.totalCents,
  };
}
