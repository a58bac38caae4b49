import { BY_SKU, chargeableDays } from "./catalogue.ts";

export class DeskError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export interface Line {
  sku: string;
  size: string;
  qty: number;
}

export interface Customer {
  name: string;
  email: string;
  phone?: string;
}

export interface Basket {
  id: string;
  customer: Customer;
  lines: Line[];
  from: string;
  days: number;
  notes?: string;
  createdAt: number;
  updatedAt: number;
}

export interface QuoteLine {
  sku: string;
  name: string;
  size: string;
  qty: number;
  unit: number;
  amount: number;
}

export interface Quote {
  basket: string;
  lines: QuoteLine[];
  bundles: string[];
  hire: number;
  discount: number;
  deposit: number;
  total: number;
  summary: string;
  pricedAt: string;
}

const baskets = new Map<string, Basket>();
/** Pricing walks the bundle rules for every line, and the desk tablet polls the quote. */
const quoteCache = new Map<Basket, Quote>();
const counters = { opened: 0, updated: 0, checkedOut: 0, priced: 0, cacheHits: 0 };

function validLines(lines: unknown): Line[] {
  if (!Array.isArray(lines) || lines.length === 0) {
    throw new DeskError(400, "a basket needs at least one line");
  }
  return lines.map((l) => {
    const kit = BY_SKU.get(String(l?.sku));
    if (!kit) throw new DeskError(422, `unknown kit ${l?.sku}`);
    if (!kit.sizes.includes(String(l.size))) {
      throw new DeskError(422, `${kit.name} does not come in ${l.size}`);
    }
    return { sku: kit.sku, size: String(l.size), qty: Math.max(1, Number(l.qty) || 1) };
  });
}

export function openBasket(body: Record<string, unknown>): Basket {
  const id = String(body.id ?? "");
  if (!id) throw new DeskError(400, "basket id missing");
  if (baskets.has(id)) throw new DeskError(409, `basket ${id} exists`);
  const customer = body.customer as Customer | undefined;
  if (!customer?.name || !customer.email) throw new DeskError(400, "customer name and email");
  const now = Date.now();
  const basket: Basket = {
    id,
    customer: { name: customer.name, email: customer.email, phone: customer.phone },
    lines: validLines(body.lines),
    from: String(body.from ?? new Date().toISOString().slice(0, 10)),
    days: Math.max(1, Number(body.days) || 1),
    notes: typeof body.notes === "string" ? body.notes : undefined,
    createdAt: now,
    updatedAt: now,
  };
  baskets.set(id, basket);
  counters.opened++;
  return basket;
}

export function getBasket(id: string): Basket {
  const basket = baskets.get(id);
  if (!basket) throw new DeskError(404, `no basket ${id}`);
  return basket;
}

/** Baskets are replaced, not edited in place: the tablet diffs by reference. */
export function updateBasket(id: string, patch: Record<string, unknown>): Basket {
  const basket = getBasket(id);
  const next: Basket = {
    ...basket,
    lines: patch.lines === undefined ? basket.lines : validLines(patch.lines),
    days: patch.days === undefined ? basket.days : Math.max(1, Number(patch.days) || 1),
    notes: typeof patch.notes === "string" ? patch.notes : basket.notes,
    updatedAt: Date.now(),
  };
  baskets.set(id, next);
  forgetQuote(next);
  counters.updated++;
  return next;
}

function forgetQuote(basket: Basket) {
  quoteCache.delete(basket);
}

function price(basket: Basket): Quote {
  const factor = chargeableDays(basket.days);
  const lines: QuoteLine[] = basket.lines.map((l) => {
    const kit = BY_SKU.get(l.sku)!;
    const unit = Math.round(kit.dayRate * factor);
    return { sku: l.sku, name: kit.name, size: l.size, qty: l.qty, unit, amount: unit * l.qty };
  });
  const hire = lines.reduce((n, l) => n + l.amount, 0);
  // a wetsuit and a board hired together: 15% off the pair
  const kinds = basket.lines.map((l) => BY_SKU.get(l.sku)!.kind);
  const pairs = Math.min(
    kinds.filter((k) => k === "wetsuit").length,
    kinds.filter((k) => k === "board").length,
  );
  const bundles = pairs > 0 ? [`surf pack x${pairs}`] : [];
  let discount = 0;
  for (let p = 0; p < pairs; p++) {
    const suit = lines.find((l) => BY_SKU.get(l.sku)!.kind === "wetsuit")!;
    const board = lines.find((l) => BY_SKU.get(l.sku)!.kind === "board")!;
    discount += Math.round((suit.unit + board.unit) * 0.15);
  }
  const deposit = basket.lines.reduce((n, l) => n + BY_SKU.get(l.sku)!.deposit * l.qty, 0);
  const total = hire - discount;
  const quote: Quote = {
    basket: basket.id,
    lines,
    bundles,
    hire,
    discount,
    deposit,
    total,
    summary:
      `${basket.customer.name}: ${lines.length} items for ${basket.days} day(s) from ${basket.from}, £${
        (total / 100).toFixed(2)
      } (deposit £${(deposit / 100).toFixed(2)})`,
    pricedAt: new Date().toISOString(),
  };
  counters.priced++;
  return quote;
}

export function quoteFor(basket: Basket): Quote {
  const cached = quoteCache.get(basket);
  if (cached) {
    counters.cacheHits++;
    return cached;
  }
  const quote = price(basket);
  quoteCache.set(basket, quote);
  return quote;
}

export function checkout(id: string, payment: Record<string, unknown>) {
  const basket = getBasket(id);
  const quote = quoteFor(basket);
  if (payment.method !== "card" && payment.method !== "cash") {
    throw new DeskError(400, "payment method is card or cash");
  }
  baskets.delete(id);
  forgetQuote(basket);
  counters.checkedOut++;
  return {
    basket: id,
    customer: basket.customer.name,
    charged: quote.total,
    depositHeld: quote.deposit,
    method: payment.method,
    returnBy: basket.from,
  };
}

export function stats() {
  return { ...counters, open: baskets.size, quotes: quoteCache.size };
}
