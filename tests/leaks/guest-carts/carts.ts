import { Cart } from "./cart.ts";

const carts = new Map<string, Cart>();
const RECENT = 20;
const orders: {
  cart: string;
  owner: string;
  items: number;
  totalCents: number;
  referrer: string;
}[] = [];

export function cartFor(id: string, origin = { userAgent: "", referrer: "" }): Cart {
  let cart = carts.get(id);
  if (!cart) {
    cart = new Cart(id, undefined, origin);
    carts.set(id, cart);
  }
  return cart;
}

export function findCart(id: string): Cart | undefined {
  return carts.get(id);
}

/** After sign-in the customer's cart (keyed by account) takes over the guest cart's lines. */
export function signIn(customer: string, guestCartId: string): Cart {
  const account = cartFor(customer);
  account.owner = customer;
  const guest = carts.get(guestCartId);
  if (guest && guest !== account) {
    account.absorb(guest);
    carts.delete(guest.id);
  }
  return account;
}

export function checkout(id: string) {
  const cart = carts.get(id);
  if (!cart || cart.lines.size === 0) return undefined;
  const order = {
    cart: cart.id,
    owner: cart.owner ?? "guest",
    items: [...cart.lines.values()].reduce((n, l) => n + l.qty, 0),
    totalCents: cart.totalCents,
    referrer: cart.origin.referrer,
  };
  cart.close();
  carts.delete(id);
  orders.push(order);
  if (orders.length > RECENT) orders.shift();
  return order;
}

export function cartStats() {
  return { open: carts.size, recentOrders: orders.slice(-3) };
}
