import Keyv from "keyv";
import type { MiddlewareHandler } from "hono";

/** What a replay answers with: the first attempt's status and body. */
interface StoredResponse {
  status: number;
  body: unknown;
  fingerprint: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Idempotency keys (Stripe-style): a client that retries a POST with the same key gets the first
 * answer back instead of a second charge. Kept a day, as the API docs promise.
 */
export const idempotencyKeys = new Keyv<StoredResponse>({ namespace: "idem", ttl: DAY_MS });
idempotencyKeys.on("error", (err) => console.error("idempotency store:", err));

export const replayStats = { replayed: 0, stored: 0, conflicts: 0 };

async function fingerprint(method: string, path: string, body: string): Promise<string> {
  const bytes = new TextEncoder().encode(`${method} ${path}\n${body}`);
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

export const idempotent: MiddlewareHandler = async (c, next) => {
  const key = c.req.header("idempotency-key");
  if (c.req.method !== "POST" || !key) return next();
  if (!/^[\w.-]{8,64}$/.test(key)) return c.json({ error: "malformed Idempotency-Key" }, 400);

  const raw = await c.req.text();
  const print = await fingerprint(c.req.method, c.req.path, raw);
  const seen = await idempotencyKeys.get(key);
  if (seen) {
    if (seen.fingerprint !== print) {
      replayStats.conflicts++;
      return c.json({ error: "Idempotency-Key reused with a different request" }, 422);
    }
    replayStats.replayed++;
    c.header("idempotent-replayed", "true");
    return c.json(seen.body, seen.status as 200);
  }

  await next();
  if (c.res.status >= 500) return; // a server error may be retried for real
  const body = await c.res.clone().json();
  await idempotencyKeys.set(key, { status: c.res.status, body, fingerprint: print });
  replayStats.stored++;
};
