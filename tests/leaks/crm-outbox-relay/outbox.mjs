import { post, subscribers } from "./subscribers.mjs";

/** Events waiting for delivery, by id, with the subscribers still owed them. */
const pending = new Map();
const retryTimers = new Map();
const deliveries = [];
const MAX_DELIVERIES = 40;
let nextId = 1;
const counters = { recorded: 0, delivered: 0, retries: 0 };

export function record(type, contact) {
  const owed = subscribers.filter((s) => s.types.includes("*") || s.types.includes(type));
  const event = {
    id: nextId++,
    type,
    contactId: contact.id,
    data: { ...contact },
    at: new Date().toISOString(),
    owed: new Set(owed.map((s) => s.name)),
    inProgress: false,
  };
  pending.set(event.id, event);
  counters.recorded++;
}

async function deliver(event, subscriber, attempt) {
  const key = `${event.id}:${subscriber.name}`;
  clearTimeout(retryTimers.get(key));
  retryTimers.delete(key);
  const res = await post(subscriber, event);
  if (res.status >= 200 && res.status < 300) {
    event.owed.delete(subscriber.name);
    deliveries.unshift({ event: event.id, to: subscriber.name, attempt, at: Date.now() });
    if (deliveries.length > MAX_DELIVERIES) deliveries.length = MAX_DELIVERIES;
    if (event.owed.size === 0) {
      pending.delete(event.id);
      counters.delivered++;
    }
    return;
  }
  counters.retries++;
  retryTimers.set(
    key,
    setTimeout(() => {
      deliver(event, subscriber, attempt + 1).catch(() => {});
    }, 40 * attempt),
  );
}

function relay() {
  for (const event of pending.values()) {
    if (event.inProgress) continue;
    event.inProgress = true;
    for (const subscriber of subscribers) {
      if (event.owed.has(subscriber.name)) deliver(event, subscriber, 1).catch(() => {});
    }
  }
}

setInterval(relay, 60);

export function outboxStats() {
  return {
    ...counters,
    pending: pending.size,
    retrying: retryTimers.size,
    recent: deliveries.slice(0, 5),
  };
}
