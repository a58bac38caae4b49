"use strict";

// Fixed-window request and character quotas per tenant. A new window starts every second (the
// timer below); a tenant's counter is replaced on its first request of the new window, so
// counts start again from zero without touching the other tenants.

const WINDOW_MS = 1000;

const PLANS = {
  free: { requests: 5, characters: 2_000 },
  team: { requests: 40, characters: 50_000 },
  enterprise: { requests: 400, characters: 1_000_000 },
};

let windowNumber = 0;
let windowStartedAt = Date.now();

/** tenant → its counter for the current window. */
const windowCounts = new Map();

function rollWindow() {
  windowNumber++;
  windowStartedAt = Date.now();
}

setInterval(rollWindow, WINDOW_MS).unref();

function planOf(name) {
  return PLANS[name] ?? PLANS.free;
}

function counterFor(tenant, planName) {
  let counter = windowCounts.get(tenant);
  if (counter === undefined || counter.window !== windowNumber) {
    counter = {
      window: windowNumber,
      startedAt: windowStartedAt,
      plan: planName,
      requests: 0,
      characters: 0,
    };
    windowCounts.set(tenant, counter);
  }
  return counter;
}

/** Counts one request of `characters` against the tenant's window, unless it would go over. */
function consume(tenant, planName, characters) {
  const plan = planOf(planName);
  const counter = counterFor(tenant, planName);
  const resetAt = counter.startedAt + WINDOW_MS;
  if (counter.requests + 1 > plan.requests || counter.characters + characters > plan.characters) {
    return { allowed: false, resetAt, remaining: 0 };
  }
  counter.requests++;
  counter.characters += characters;
  return { allowed: true, resetAt, remaining: plan.requests - counter.requests };
}

/** What the tenant has used in the current window (a tenant not seen yet has used nothing). */
function usageOf(tenant) {
  const counter = windowCounts.get(tenant);
  if (counter === undefined || counter.window !== windowNumber) {
    return { requests: 0, characters: 0, window: windowNumber };
  }
  return { requests: counter.requests, characters: counter.characters, window: counter.window };
}

function quotaStats() {
  return { window: windowNumber, tenants: windowCounts.size };
}

module.exports = { consume, usageOf, quotaStats, planOf };
