import { post } from "./transport.ts";

export interface Subscription {
  id: string;
  url: string;
  secret: string;
  events: string[];
}

export interface Delivery {
  id: string;
  subscription: Subscription;
  event: { type: string; id: string; data: unknown; occurredAt: string };
  payload: string;
  signature: string;
  attempts: number;
  lastStatus?: number;
  lastError?: string;
  nextAttemptAt?: number;
  timer?: ReturnType<typeof setTimeout>;
}

const encoder = new TextEncoder();

async function sign(secret: string, payload: string): Promise<string> {
  const key = await crypto.subtle.importKey(
    "raw",
    encoder.encode(secret),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const mac = await crypto.subtle.sign("HMAC", key, encoder.encode(payload));
  return Array.from(new Uint8Array(mac), (b) => b.toString(16).padStart(2, "0")).join("");
}

export class WebhookRelay {
  readonly pending = new Map<string, Delivery>();
  readonly counts = { delivered: 0, attempts: 0 };

  constructor(
    private readonly subscriptions: Subscription[],
    private readonly retry = { baseMs: 500, maxMs: 5 * 60_000 },
  ) {}

  async publish(type: string, id: string, data: unknown) {
    const event = { type, id, data, occurredAt: new Date().toISOString() };
    const payload = JSON.stringify(event);
    const targets = this.subscriptions.filter((s) => s.events.includes(type));
    for (const subscription of targets) {
      const delivery: Delivery = {
        id: `${subscription.id}:${id}`,
        subscription,
        event,
        payload,
        signature: await sign(subscription.secret, payload),
        attempts: 0,
      };
      this.pending.set(delivery.id, delivery);
      void this.attempt(delivery);
    }
    return targets.length;
  }

  private async attempt(delivery: Delivery) {
    delivery.attempts++;
    this.counts.attempts++;
    try {
      const res = await post(delivery.subscription.url, delivery.payload);
      delivery.lastStatus = res.status;
      if (res.status >= 200 && res.status < 300) {
        this.pending.delete(delivery.id);
        this.counts.delivered++;
        return;
      }
      delivery.lastError = res.body.slice(0, 200);
    } catch (err) {
      delivery.lastError = (err as Error).message;
    }
    this.schedule(delivery);
  }

  private schedule(delivery: Delivery) {
    const exp = Math.min(this.retry.maxMs, this.retry.baseMs * 2 ** (delivery.attempts - 1));
    const delay = exp / 2 + Math.random() * exp / 2;
    delivery.nextAttemptAt = Date.now() + delay;
    const timer = setTimeout(() => void this.attempt(delivery), delay);
    Deno.unrefTimer(timer);
    delivery.timer = timer;
  }

  status() {
    const bySubscription: Record<string, number> = {};
    for (const d of this.pending.values()) {
      bySubscription[d.subscription.id] = (bySubscription[d.subscription.id] ?? 0) + 1;
    }
    return { ...this.counts, pending: this.pending.size, bySubscription };
  }
}
