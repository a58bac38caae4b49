"use strict";

// Exchange rates from euro. The treasury feed is polled every second (simulated here as a small
// drift); whoever converts prices subscribes, so a new rate reaches it without a lookup per line.

const rates = { EUR: 1, NOK: 11.62, CHF: 0.942, DKK: 7.459, SEK: 11.21 };
const rateSubscribers = new Set();
let publishedAt = Date.now();
let updates = 0;

function rateFor(currency) {
  const rate = rates[currency];
  if (rate === undefined) throw new Error(`no rate for ${currency}`);
  return rate;
}

function onRatesChanged(subscriber) {
  rateSubscribers.add(subscriber);
  return () => rateSubscribers.delete(subscriber);
}

function publish(changes, source) {
  for (const [currency, rate] of Object.entries(changes)) {
    if (currency !== "EUR" && Number.isFinite(rate) && rate > 0) rates[currency] = rate;
  }
  publishedAt = Date.now();
  updates++;
  const snapshot = { ...rates };
  for (const subscriber of rateSubscribers) subscriber.refresh(snapshot, source);
  return snapshot;
}

function drift() {
  const changes = {};
  for (const currency of Object.keys(rates)) {
    if (currency === "EUR") continue;
    const bp = (Math.random() - 0.5) * 4; // ±2 basis points
    changes[currency] = Math.round(rates[currency] * (1 + bp / 10_000) * 10_000) / 10_000;
  }
  publish(changes, "treasury-feed");
}

setInterval(drift, 1000).unref();

function fxStatus() {
  return { rates: { ...rates }, publishedAt: new Date(publishedAt).toISOString(), updates };
}

module.exports = { rateFor, onRatesChanged, publish, fxStatus };
