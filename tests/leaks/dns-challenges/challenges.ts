import { publishTxt, removeTxt, resolveTxt } from "./zone.ts";

export class OrderError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export interface Order {
  id: string;
  /** As the customer typed it (shown back in the portal). */
  domain: string;
  /** Lower-case, no trailing dot: what we key on and what DNS sees. */
  fqdn: string;
  account: string;
  dns: "managed" | "external";
  status: "pending" | "valid" | "invalid";
  createdAt: number;
}

export interface Challenge {
  orderId: string;
  fqdn: string;
  token: string;
  keyAuthorization: string;
  txt: string;
  recordName: string;
  account: string;
  createdAt: number;
}

const ACCOUNT_THUMBPRINT = "NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs";

/** Outstanding DNS-01 challenges, one per domain (a second order for a domain replaces it). */
const challenges = new Map<string, Challenge>();
const orders = new Map<string, Order>();
const issued: { order: string; fqdn: string; at: string }[] = [];
const failures: { order: string; domain: string; reason: string; at: string }[] = [];
const counters = { ordered: 0, valid: 0, invalid: 0 };
let seq = 0;

export function normaliseDomain(domain: string) {
  return domain.trim().replace(/\.$/, "").toLowerCase();
}

function base64url(bytes: Uint8Array) {
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(
    /=+$/,
    "",
  );
}

async function sha256url(text: string) {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return base64url(new Uint8Array(digest));
}

export async function placeOrder(
  body: { ref?: string; domain?: string; account?: string; dns?: string },
) {
  if (!body.domain || !/^[a-z0-9.-]+\.?$/i.test(body.domain.trim())) {
    throw new OrderError(400, "a domain name is needed");
  }
  if (!body.account) throw new OrderError(400, "an account is needed");
  // the portal sends its own reference so a retried submit doesn't order twice
  const id = body.ref ? `ord_${body.ref}` : `ord_${(++seq).toString(36)}`;
  if (orders.has(id)) throw new OrderError(409, `order ${id} already placed`);
  const order: Order = {
    id,
    domain: body.domain.trim(),
    fqdn: normaliseDomain(body.domain),
    account: body.account,
    dns: body.dns === "managed" ? "managed" : "external",
    status: "pending",
    createdAt: Date.now(),
  };
  const token = base64url(crypto.getRandomValues(new Uint8Array(32)));
  const keyAuthorization = `${token}.${ACCOUNT_THUMBPRINT}`;
  const challenge: Challenge = {
    orderId: order.id,
    fqdn: order.fqdn,
    token,
    keyAuthorization,
    txt: await sha256url(keyAuthorization),
    recordName: `_acme-challenge.${order.fqdn}`,
    account: order.account,
    createdAt: Date.now(),
  };
  orders.set(order.id, order);
  challenges.set(order.fqdn, challenge);
  counters.ordered++;
  if (order.dns === "managed") publishTxt(challenge.recordName, challenge.txt);
  return {
    order: order.id,
    domain: order.domain,
    record: { name: challenge.recordName, type: "TXT", value: challenge.txt },
  };
}

function remember<T>(list: T[], item: T, max: number) {
  list.unshift(item);
  if (list.length > max) list.length = max;
}

function fail(order: Order, reason: string) {
  order.status = "invalid";
  orders.delete(order.id);
  challenges.delete(order.domain);
  counters.invalid++;
  remember(failures, {
    order: order.id,
    domain: order.domain,
    reason,
    at: new Date().toISOString(),
  }, 25);
  return new OrderError(422, `${order.domain}: ${reason}`);
}

export async function verify(orderId: string) {
  const order = orders.get(orderId);
  if (!order) throw new OrderError(404, "no such order");
  const challenge = challenges.get(order.fqdn);
  if (!challenge || challenge.orderId !== order.id) {
    throw fail(order, "challenge superseded by a newer order");
  }
  const found = await resolveTxt(challenge.recordName);
  if (!found.includes(challenge.txt)) {
    throw fail(order, `no TXT record ${challenge.txt} at ${challenge.recordName}`);
  }
  order.status = "valid";
  orders.delete(order.id);
  challenges.delete(order.fqdn);
  if (order.dns === "managed") removeTxt(challenge.recordName, challenge.txt);
  counters.valid++;
  remember(issued, { order: order.id, fqdn: order.fqdn, at: new Date().toISOString() }, 50);
  return { order: order.id, domain: order.domain, status: order.status };
}

export function orderStatus(orderId: string) {
  const order = orders.get(orderId);
  if (order) return { order: order.id, domain: order.domain, status: order.status };
  const done = issued.find((i) => i.order === orderId);
  if (done) return { order: done.order, domain: done.fqdn, status: "valid" };
  const failed = failures.find((f) => f.order === orderId);
  if (failed) {
    return { order: failed.order, domain: failed.domain, status: "invalid", reason: failed.reason };
  }
  return null;
}

export function stats() {
  return {
    ...counters,
    pendingOrders: orders.size,
    outstandingChallenges: challenges.size,
    recentFailures: failures.slice(0, 5),
  };
}
