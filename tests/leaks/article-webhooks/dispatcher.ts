import type { Subscriptions } from "./subscriptions.ts";
import type { Transport } from "./transport.ts";

export interface Delivery {
  id: string;
  subscription: string;
  event: string;
  body: string;
  signature: string;
  attempts: number;
  createdAt: number;
}

interface Outcome {
  delivery: string;
  subscription: string;
  event: string;
  outcome: string;
  attempts: number;
  at: number;
}

/** Backoff between attempts; the receiver gets the same bytes every time. */
const BACKOFF_MS = [40, 120, 250];
const MAX_ATTEMPTS = BACKOFF_MS.length + 1;
const RECENT = 30;

const encoder = new TextEncoder();

async function sign(secret: string, body: string): Promise<string> {
  const key = await crypto.subtle.importKey(
    "raw",
    encoder.encode(secret),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const mac = await crypto.subtle.sign("HMAC", key, encoder.encode(body));
  return Array.from(new Uint8Array(mac), (b) => b.toString(16).padStart(2, "0")).join("");
}

export class Dispatcher {
  #inflight = new Map<string, Delivery>();
  #recent: Outcome[] = [];
  #seq = 0;

  constructor(private subs: Subscriptions, private transport: Transport) {}

  async emit(event: string, article: string, data: unknown): Promise<number> {
    const targets = this.subs.for(event, article);
    const at = new Date().toISOString();
    for (const sub of targets) {
      const id = `dlv_${++this.#seq}`;
      const body = JSON.stringify({ id, event, at, data });
      const delivery: Delivery = {
        id,
        subscription: sub.id,
        event,
        body,
        signature: await sign(sub.secret, body),
        attempts: 0,
        createdAt: Date.now(),
      };
      this.#inflight.set(id, delivery);
      this.#attempt(delivery);
    }
    return targets.length;
  }

  async #attempt(d: Delivery) {
    const sub = this.subs.get(d.subscription);
    if (!sub) return this.#settle(d, "unsubscribed");
    d.attempts++;
    let status = 0;
    try {
      status = await this.transport.post(sub.url, d.body, {
        "content-type": "application/json",
        "x-webhook-id": d.id,
        "x-webhook-signature": `sha256=${d.signature}`,
      });
    } catch {
      status = 0;
    }
    if (status >= 200 && status < 300) return this.#settle(d, "delivered");
    if (status === 410) {
      // the receiver is gone for good: stop sending it anything
      this.subs.remove(sub.id);
      this.#note(d, "gone");
      return;
    }
    if (d.attempts >= MAX_ATTEMPTS) return this.#settle(d, `failed (${status})`);
    setTimeout(() => this.#attempt(d), BACKOFF_MS[d.attempts - 1]);
  }

  #settle(d: Delivery, outcome: string) {
    this.#inflight.delete(d.id);
    this.#note(d, outcome);
  }

  #note(d: Delivery, outcome: string) {
    this.#recent.unshift({
      delivery: d.id,
      subscription: d.subscription,
      event: d.event,
      outcome,
      attempts: d.attempts,
      at: Date.now(),
    });
    if (this.#recent.length > RECENT) this.#recent.length = RECENT;
  }

  recent(subscription?: string): Outcome[] {
    return subscription
      ? this.#recent.filter((o) => o.subscription === subscription)
      : this.#recent.slice(0, 10);
  }

  stats() {
    return { inflight: this.#inflight.size, sent: this.#seq };
  }
}
