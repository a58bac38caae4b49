// Sample requests not confirmed within the hold time are given back to the stock.
import { drop, holds } from "./holds.mjs";

const HOLD_MS = 250;

export function holdUntil(from) {
  return from + HOLD_MS;
}

export function expireDue(now = Date.now()) {
  let n = 0;
  for (const [id, entry] of holds) {
    if (entry.until <= now && drop(id, "expired")) n++;
  }
  return n;
}

setInterval(() => expireDue(), 200).unref();
