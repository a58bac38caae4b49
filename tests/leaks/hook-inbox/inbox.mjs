import { createHash, randomUUID, timingSafeEqual } from "node:crypto";
import { RingLog } from "./ring.mjs";

const KEPT_HEADERS = ["content-type", "user-agent", "x-hook-event", "x-hook-delivery"];

/**
 * Receives webhooks from the shop's providers, dispatches them to the handlers, and keeps the
 * last RECENT deliveries (headers and raw body) for the "recent deliveries" page and replays.
 */
export class WebhookInbox {
  static RECENT = 200;

  constructor(tokens) {
    this.tokens = new Map(
      Object.entries(tokens).map((
        [source, token],
      ) => [source, createHash("sha256").update(token).digest()]),
    );
    this.handlers = new Map();
    this.recent = new RingLog(WebhookInbox.RECENT);
    this.byEvent = new Map();
  }

  on(event, handler) {
    this.handlers.set(event, handler);
  }

  authorised(source, token) {
    const want = this.tokens.get(source);
    if (!want || typeof token !== "string") return false;
    return timingSafeEqual(want, createHash("sha256").update(token).digest());
  }

  async receive(source, headers, body) {
    const delivery = {
      id: headers["x-hook-delivery"] ?? randomUUID(),
      source,
      receivedAt: new Date().toISOString(),
      headers: Object.fromEntries(
        KEPT_HEADERS.filter((h) => h in headers).map((h) => [h, headers[h]]),
      ),
      body,
      status: "received",
    };
    this.recent.push(delivery);

    const event = headers["x-hook-event"] ?? "unknown";
    this.byEvent.set(event, (this.byEvent.get(event) ?? 0) + 1);
    const handler = this.handlers.get(event);
    if (!handler) {
      delivery.status = "ignored";
      return delivery;
    }
    try {
      await handler(JSON.parse(body.toString("utf8")), delivery);
      delivery.status = "handled";
    } catch (err) {
      delivery.status = `failed: ${err.message}`;
    }
    return delivery;
  }

  summary(limit) {
    return {
      total: this.recent.total,
      byEvent: Object.fromEntries(this.byEvent),
      latest: this.recent.latest(limit).map((d) => ({
        id: d.id,
        source: d.source,
        event: d.headers["x-hook-event"],
        status: d.status,
        receivedAt: d.receivedAt,
        bytes: d.body.length,
      })),
    };
  }
}
