import { createHash } from "node:crypto";

/** Stable 0..99 bucket for a user and flag, so a rollout only ever grows its audience. */
export function bucketOf(flagKey, userId) {
  const digest = createHash("sha1").update(`${flagKey}:${userId}`).digest();
  return digest.readUInt32BE(0) % 100;
}

function matches(rule, attributes) {
  const value = attributes[rule.attribute];
  switch (rule.op) {
    case "in":
      return rule.values.includes(value);
    case "not_in":
      return !rule.values.includes(value);
    case "semver_gte":
      return compareVersions(String(value ?? "0"), rule.values[0]) >= 0;
    default:
      return false;
  }
}

function compareVersions(a, b) {
  const pa = a.replace(/^[a-z-]+/, "").split(".").map(Number);
  const pb = b.replace(/^[a-z-]+/, "").split(".").map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] || 0) - (pb[i] || 0);
    if (d !== 0) return d;
  }
  return 0;
}

export function evaluate(flag, attributes) {
  if (!flag.enabled) return { flag: flag.key, variant: flag.off, reason: "disabled", rule: null };
  for (const rule of flag.rules ?? []) {
    if (rule.conditions.every((c) => matches(c, attributes))) {
      return { flag: flag.key, variant: rule.variant, reason: "rule", rule: rule.id };
    }
  }
  const inRollout = bucketOf(flag.key, attributes.id) < flag.rollout;
  return {
    flag: flag.key,
    variant: inRollout ? flag.on : flag.off,
    reason: inRollout ? "rollout" : "fallthrough",
    rule: null,
  };
}
