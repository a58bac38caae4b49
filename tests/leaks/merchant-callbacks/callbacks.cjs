"use strict";

const { createHmac } = require("node:crypto");
const { merchants, post } = require("./merchants.cjs");

const BACKOFF_MS = [30, 60, 120];
const MAX_ATTEMPTS = BACKOFF_MS.length + 1;

/** Deliveries not yet acknowledged, by id. */
const queue = new Map();
/** The same deliveries per merchant, for the merchant dashboard. */
const byMerchant = new Map();
/** Deliveries we gave up on, newest first; support replays them by hand. */
const deadLetters = [];
const counters = { queued: 0, delivered: 0, retried: 0, deadLettered: 0 };
let seq = 0;

function sign(secret, body) {
  return createHmac("sha256", secret).update(body).digest("hex");
}

function enqueue(merchantId, event) {
  const merchant = merchants.get(merchantId);
  if (!merchant) return null;
  const payload = JSON.stringify({
    id: `evt_${++seq}`,
    type: event.type,
    created: Date.now(),
    data: event.data,
  });
  const delivery = {
    id: `dlv_${seq}`,
    merchant: merchant.id,
    url: merchant.url,
    type: event.type,
    payload,
    signature: sign(merchant.secret, payload),
    attempts: [],
    status: "pending",
    createdAt: new Date().toISOString(),
  };
  queue.set(delivery.id, delivery);
  let pending = byMerchant.get(delivery.merchant);
  if (!pending) byMerchant.set(delivery.merchant, pending = new Map());
  pending.set(delivery.id, delivery);
  counters.queued++;
  attempt(delivery);
  return delivery.id;
}

function finish(delivery) {
  delivery.status = "delivered";
  queue.delete(delivery.id);
  byMerchant.get(delivery.merchant)?.delete(delivery.id);
  counters.delivered++;
}

function giveUp(delivery) {
  delivery.status = "dead";
  queue.delete(delivery.id);
  deadLetters.unshift({
    id: delivery.id,
    merchant: delivery.merchant,
    type: delivery.type,
    lastStatus: delivery.attempts.at(-1)?.status,
    at: new Date().toISOString(),
  });
  if (deadLetters.length > 25) deadLetters.length = 25;
  counters.deadLettered++;
}

async function attempt(delivery) {
  const started = Date.now();
  let res;
  try {
    res = await post(delivery.url, delivery.payload, {
      "content-type": "application/json",
      "x-signature": delivery.signature,
    });
  } catch (err) {
    res = { status: 0, body: String(err) };
  }
  delivery.attempts.push({
    at: started,
    status: res.status,
    ms: Date.now() - started,
    body: res.body.slice(0, 200),
  });
  if (res.status >= 200 && res.status < 300) return finish(delivery);
  if (delivery.attempts.length >= MAX_ATTEMPTS) return giveUp(delivery);
  counters.retried++;
  setTimeout(() => attempt(delivery), BACKOFF_MS[delivery.attempts.length - 1]);
}

function pendingFor(merchantId) {
  const pending = byMerchant.get(merchantId);
  if (!pending) return [];
  return [...pending.values()]
    .filter((d) => d.status === "pending")
    .map((d) => ({ id: d.id, type: d.type, attempts: d.attempts.length, since: d.createdAt }));
}

function stats() {
  return { ...counters, pending: queue.size, deadLetters: deadLetters.slice(0, 5) };
}

module.exports = { enqueue, pendingFor, stats };
