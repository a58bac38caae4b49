import { map, type MapStore } from "nanostores";
import { nanoid } from "nanoid";
import { $catalogPrices } from "./prices.ts";

export interface CartLine {
  sku: string;
  qty: number;
  unitCents: number;
}

export interface CartState {
  id: string;
  customer: string;
  lines: Record<string, CartLine>;
  totalCents: number;
  repricedAt: number | null;
}

export interface Cart {
  $cart: MapStore<CartState>;
  openedAt: number;
}

export const carts = new Map<string, Cart>();

function total(lines: Record<string, CartLine>): number {
  return Object.values(lines).reduce((sum, l) => sum + l.qty * l.unitCents, 0);
}

export function openCart(id: string, customer: string): Cart {
  const $cart = map<CartState>({ id, customer, lines: {}, totalCents: 0, repricedAt: null });
  // Keep the basket's prices in step with the shelf while the customer shops.
  $catalogPrices.listen((prices, _old, changedSku) => {
    const lines = $cart.get().lines;
    if (!changedSku || !lines[changedSku]) return;
    const updated = {
      ...lines,
      [changedSku]: { ...lines[changedSku], unitCents: prices[changedSku] },
    };
    $cart.setKey("lines", updated);
    $cart.setKey("totalCents", total(updated));
    $cart.setKey("repricedAt", Date.now());
  });
  const cart = { $cart, openedAt: Date.now() };
  carts.set(id, cart);
  return cart;
}

export function addLine(cart: Cart, sku: string, qty: number): CartState {
  const unitCents = $catalogPrices.get()[sku];
  const lines = cart.$cart.get().lines;
  const existing = lines[sku];
  const line = { sku, qty: (existing?.qty ?? 0) + qty, unitCents };
  const updated = { ...lines, [sku]: line };
  cart.$cart.setKey("lines", updated);
  cart.$cart.setKey("totalCents", total(updated));
  return cart.$cart.get();
}

export function checkout(id: string) {
  const cart = carts.get(id);
  if (!cart) return undefined;
  const state = cart.$cart.get();
  carts.delete(id);
  return {
    orderId: `ord_${nanoid(10)}`,
    cart: state.id,
    customer: state.customer,
    lines: Object.values(state.lines),
    totalCents: state.totalCents,
  };
}
