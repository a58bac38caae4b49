import { createHmac } from "node:crypto";
import { subscribers } from "./subscribers.mjs";

const BATCH = 50;
const MAX_ATTEMPTS = 6;

// The last deliveries, for the integrations page.
export const recentDeliveries = [];
const RECENT_KEPT = 50;

function sign(secret, body, timestamp) {
  return createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
}

/**
 * Sends one delivery. The partners' endpoints are reached through the egress proxy; in this
 * build the proxy is simulated and answers after a short delay.
 */
async function send(sub, delivery) {
  const body = JSON.stringify({
    id: delivery.event.id,
    type: delivery.event.type,
    data: delivery.event.data,
  });
  const timestamp = Math.floor(Date.now() / 1000);
  const headers = {
    "content-type": "application/json",
    "webhook-id": delivery.id,
    "webhook-timestamp": String(timestamp),
    "webhook-signature": `v1,${sign(sub.secret, body, timestamp)}`,
  };
  await new Promise((resolve) => setImmediate(resolve));
  return { status: 200, bytes: body.length, headers };
}

async function attempt(sub, delivery, retry) {
  delivery.attempts++;
  try {
    const res = await send(sub, delivery);
    sub.settled(res.status < 300);
    recentDeliveries.push({
      id: delivery.id,
      subscriber: sub.id,
      event: delivery.event.type,
      status: res.status,
      at: Date.now(),
    });
    if (recentDeliveries.length > RECENT_KEPT) recentDeliveries.shift();
  } catch (err) {
    delivery.lastError = String(err);
    sub.settled(false);
    if (delivery.attempts < MAX_ATTEMPTS) retry.push(delivery);
  }
}

/** Sends everything queued for one subscriber, a batch at a time. */
async function drain(sub) {
  const retry = [];
  for (let batch = sub.take(BATCH); batch.length; batch = sub.take(BATCH)) {
    await Promise.all(batch.map((delivery) => attempt(sub, delivery, retry)));
  }
  if (retry.length) sub.putBack(retry);
}

let running = false;

export function startDispatcher(intervalMs = 10) {
  return setInterval(async () => {
    if (running) return;
    running = true;
    try {
      for (const sub of subscribers.values()) {
        if (sub.status !== "active") continue;
        await drain(sub);
      }
    } finally {
      running = false;
    }
  }, intervalMs);
}
