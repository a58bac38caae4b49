import { randomUUID } from "node:crypto";
import { priceCart } from "./pricing.mjs";

const SESSION_TTL_MS = 30 * 60_000;
const sessions = new Map();
const recentOrders = [];

export function openSession({ cartId, customer, lines }) {
  const id = `cs_${cartId}`;
  const existing = sessions.get(id);
  if (existing && existing.status === "open") return existing;
  const now = Date.now();
  const session = {
    id,
    cartId,
    customer: { email: customer.email, country: customer.country ?? "NL" },
    quote: priceCart(lines, customer.country ?? "NL"),
    status: "open",
    paymentIntent: `pi_${randomUUID().replaceAll("-", "")}`,
    createdAt: new Date(now).toISOString(),
    expiresAt: now + SESSION_TTL_MS,
    events: [{ type: "session.created", at: now }],
  };
  sessions.set(id, session);
  return session;
}

export function getSession(id) {
  return sessions.get(id);
}

function forget(id) {
  delete sessions[id];
}

export function confirmSession(id, payment) {
  const session = sessions.get(id);
  if (!session || session.status !== "open") return undefined;
  session.status = "complete";
  session.events.push({ type: "payment.captured", at: Date.now(), method: payment.method });
  const order = {
    orderId: `ord_${session.cartId}`,
    email: session.customer.email,
    totalCents: session.quote.totalCents,
    paidWith: `${payment.method} •••• ${payment.last4 ?? "0000"}`,
  };
  recentOrders.unshift(order);
  if (recentOrders.length > 20) recentOrders.length = 20;
  forget(id);
  return order;
}

export function cancelSession(id) {
  const session = sessions.get(id);
  if (!session) return false;
  session.status = "cancelled";
  forget(id);
  return true;
}

export function stats() {
  return { recentOrders: recentOrders.slice(0, 5) };
}

setInterval(() => {
  const now = Date.now();
  for (const [id, session] of sessions) {
    if (session.expiresAt < now) sessions.delete(id);
  }
}, 60_000).unref();
