// Partner integrations subscribed to shop events. Each subscriber gets its own queue so that a
// slow partner never holds up the others; the dispatcher drains the queues in the background.

export class Delivery {
  static #seq = 0;

  constructor(subscriberId, event) {
    this.id = `dlv_${(++Delivery.#seq).toString(36)}`;
    this.subscriberId = subscriberId;
    this.event = event;
    this.attempts = 0;
    this.enqueuedAt = Date.now();
    this.lastError = null;
  }
}

function patternMatches(pattern, type) {
  if (pattern === "*" || pattern === type) return true;
  return pattern.endsWith(".*") && type.startsWith(pattern.slice(0, -1));
}

export function createSubscriber({ id, name, url, events, secret, status = "active", note = "" }) {
  const queue = [];
  let delivered = 0;
  let failed = 0;
  let lastDeliveryAt = null;

  return {
    id,
    name,
    url,
    events,
    secret,
    status,
    note,
    wants(type) {
      return events.some((p) => patternMatches(p, type));
    },
    enqueue(delivery) {
      queue.push(delivery);
    },
    take(max) {
      return queue.splice(0, max);
    },
    putBack(deliveries) {
      queue.unshift(...deliveries);
    },
    settled(ok) {
      if (ok) {
        delivered++;
        lastDeliveryAt = new Date().toISOString();
      } else failed++;
    },
    stats() {
      return {
        id,
        name,
        status: this.status,
        note: this.note,
        events,
        queued: queue.length,
        delivered,
        failed,
        lastDeliveryAt,
      };
    },
  };
}

export const subscribers = new Map(
  [
    createSubscriber({
      id: "sub_crm",
      name: "CRM sync",
      url: "https://hooks.crm.example.net/shop",
      events: ["order.*", "customer.*"],
      secret: "whsec_crm_3c1f",
    }),
    createSubscriber({
      id: "sub_wms",
      name: "Warehouse (WMS)",
      url: "https://wms.example.org/inbound/orders",
      events: ["order.paid", "order.cancelled"],
      secret: "whsec_wms_88aa",
    }),
    createSubscriber({
      id: "sub_erp_legacy",
      name: "ERP (legacy connector)",
      url: "https://erp-old.example.com/api/v1/events",
      events: ["order.*"],
      secret: "whsec_erp_7d02",
      status: "paused",
      note: "paused by ops: endpoint answered 410 Gone since the ERP migration",
    }),
  ].map((s) => [s.id, s]),
);

/** Hands an event to every subscriber that asked for its type. */
export function publish(event) {
  let fanout = 0;
  for (const sub of subscribers.values()) {
    if (!sub.wants(event.type)) continue;
    sub.enqueue(new Delivery(sub.id, event));
    fanout++;
  }
  return fanout;
}
