"use strict";

const { bucketOf } = require("./bucketing.cjs");

const FLAGS_VERSION = 42;

// Loaded from flags.yaml at deploy time in production.
const FLAGS = [
  { name: "new-checkout", rollout: 25, plans: ["pro", "enterprise"] },
  { name: "dark-mode", rollout: 100, plans: ["free", "pro", "enterprise"] },
  { name: "ai-summaries", rollout: 10, plans: ["enterprise"], countries: ["US", "NL", "DE"] },
  { name: "usage-based-billing", rollout: 50, plans: ["pro", "enterprise"] },
  { name: "bulk-export", rollout: 100, plans: ["enterprise"] },
  { name: "beta-dashboard", rollout: 5, plans: ["free", "pro", "enterprise"] },
];

function isEnabled(flag, user) {
  if (!flag.plans.includes(user.plan)) return false;
  if (flag.countries && !flag.countries.includes(user.country)) return false;
  return bucketOf(`${flag.name}:${user.id}`) < flag.rollout;
}

const evaluationCache = {};

/** All flags for one user; evaluations are cached per user and attributes. */
function evaluateFlags(user) {
  const key = `${user.id}|${user.plan}|${user.country}`;
  const cached = evaluationCache[key];
  if (cached && cached.version === FLAGS_VERSION) return cached;

  const flags = {};
  for (const flag of FLAGS) flags[flag.name] = isEnabled(flag, user);
  evaluationCache[key] = { flags, version: FLAGS_VERSION, evaluatedAt: new Date().toISOString() };
  return evaluationCache[key];
}

function listFlags() {
  return { version: FLAGS_VERSION, flags: FLAGS };
}

module.exports = { evaluateFlags, listFlags };
