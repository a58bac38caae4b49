import { createHash } from "node:crypto";

/** Stable 0–99.99 bucket for a user within a flag (same user, same bucket across versions). */
function bucketOf(seed, userKey) {
  const digest = createHash("sha1").update(`${seed}:${userKey}`).digest();
  return (digest.readUInt32BE(0) % 10000) / 100;
}

function matches(rule, user) {
  const actual = user.attributes[rule.attribute];
  return rule.op === "in" ? rule.values.includes(actual) : actual === rule.values[0];
}

/**
 * In-process flag client: definitions published through the admin API, evaluated per user.
 * Evaluating every flag for a user is the hot path (each page view), so results are cached
 * per user for the ruleset version they were computed against.
 */
export class FlagClient {
  constructor(definitions) {
    this.definitions = new Map();
    for (const def of definitions) this.definitions.set(def.key, { ...def, version: 1 });
    this.rulesetVersion = 1;
    // userKey -> Map(rulesetVersion -> evaluation)
    this.evaluations = new Map();
  }

  publish(key, patch, actor) {
    const current = this.definitions.get(key);
    if (!current) return undefined;
    const next = {
      ...current,
      ...patch,
      key,
      version: current.version + 1,
      updatedBy: actor,
      updatedAt: new Date().toISOString(),
    };
    this.definitions.set(key, next);
    // A new ruleset version: cached evaluations of the old one are simply not looked up again.
    this.rulesetVersion++;
    return next;
  }

  evaluateAll(user) {
    let byVersion = this.evaluations.get(user.key);
    if (!byVersion) {
      byVersion = new Map();
      this.evaluations.set(user.key, byVersion);
    }
    const cached = byVersion.get(this.rulesetVersion);
    if (cached) return { ...cached, cached: true };
    const flags = {};
    const reasons = {};
    for (const def of this.definitions.values()) {
      const [value, reason] = this.#evaluate(def, user);
      flags[def.key] = value;
      reasons[def.key] = reason;
    }
    const evaluation = {
      user: user.key,
      rulesetVersion: this.rulesetVersion,
      flags,
      reasons,
      evaluatedAt: Date.now(),
    };
    byVersion.set(this.rulesetVersion, evaluation);
    return evaluation;
  }

  #evaluate(def, user) {
    if (!def.enabled) return [def.offValue, "disabled"];
    for (const rule of def.rules ?? []) {
      if (matches(rule, user)) return [rule.serve, `rule:${rule.attribute}`];
    }
    const bucket = bucketOf(def.salt ?? def.key, user.key);
    return bucket < def.rollout ? [def.onValue, "rollout"] : [def.offValue, "fallthrough"];
  }
}
