"use strict";

// Responses to order POSTs, replayed when a client retries with the same key (mobile clients
// retry on flaky networks). Scoped per tenant so two tenants' keys can never collide:
// replays[tenant][key] = { status, body, storedAt }.
// TODO: expire after 24 h like the payment provider does.
const replays = {};

function lookup(tenant, key) {
  const forTenant = replays[tenant];
  return forTenant ? forTenant[key] : undefined;
}

function remember(tenant, key, status, body) {
  if (!replays[tenant]) replays[tenant] = {};
  const forTenant = replays[tenant];
  forTenant[key] = { status, body, storedAt: Date.now() };
}

module.exports = { lookup, remember };
