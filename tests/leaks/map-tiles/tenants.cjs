"use strict";

/** API keys issued to customers, with their plan's limits (loaded from the billing export). */
const PLANS = {
  free: { name: "free", perSecond: 5, maxZoom: 14 },
  team: { name: "team", perSecond: 25, maxZoom: 18 },
  enterprise: { name: "enterprise", perSecond: 200, maxZoom: 20 },
};

const KEYS = new Map([
  ["pk_live_acme_4f9d21", { id: "acme", name: "Acme Logistics", plan: PLANS.enterprise }],
  ["pk_live_globex_77ab0e", { id: "globex", name: "Globex Realty", plan: PLANS.team }],
  ["pk_test_initech_0c3e", { id: "initech", name: "Initech (sandbox)", plan: PLANS.free }],
]);

function tenantForKey(key) {
  return typeof key === "string" ? KEYS.get(key) : undefined;
}

module.exports = { tenantForKey };
