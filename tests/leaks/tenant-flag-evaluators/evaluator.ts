import { type FlagDefinition, TENANT_FLAGS, type UserContext } from "./definitions.ts";

export interface Evaluation {
  flag: string;
  variant: string;
  value: unknown;
  reason: "rule" | "rollout-miss" | "fallback";
  evaluatedAt: number;
}

function bucket(flag: string, userId: string): number {
  let h = 2166136261;
  for (const ch of `${flag}:${userId}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return (h >>> 0) % 100;
}

/** A tenant's flags and the evaluations already worked out for them. */
export class FlagEvaluator {
  private memo = new Map<string, Evaluation>();
  readonly loadedAt = Date.now();

  constructor(readonly tenantId: string, private readonly flags: FlagDefinition[]) {}

  evaluate(flag: FlagDefinition, user: UserContext): Evaluation {
    const memoKey = `${flag.key}|${user.id}|${user.plan}|${user.country}`;
    const known = this.memo.get(memoKey);
    if (known) return known;
    let variant = flag.fallback;
    let reason: Evaluation["reason"] = "fallback";
    for (const rule of flag.rules) {
      const matches = Object.entries(rule.when ?? {}).every(([attr, values]) =>
        values!.includes(user[attr as keyof UserContext])
      );
      if (!matches) continue;
      if (rule.rollout !== undefined && bucket(flag.key, user.id) >= rule.rollout) {
        reason = "rollout-miss";
        continue;
      }
      variant = rule.variant;
      reason = "rule";
      break;
    }
    const result = {
      flag: flag.key,
      variant,
      value: flag.variants[variant],
      reason,
      evaluatedAt: Date.now(),
    };
    this.memo.set(memoKey, result);
    return result;
  }

  all(user: UserContext): Evaluation[] {
    return this.flags.map((f) => this.evaluate(f, user));
  }

  definitions(): FlagDefinition[] {
    return this.flags;
  }
}

const evaluators = new Map<string, FlagEvaluator>();

/** One evaluator per tenant, made when the tenant is first seen. */
export function evaluatorFor(tenantId: string): FlagEvaluator | undefined {
  let ev = evaluators.get(tenantId);
  if (!ev) {
    const flags = TENANT_FLAGS[tenantId];
    if (!flags) return undefined;
    ev = new FlagEvaluator(tenantId, flags);
    evaluators.set(tenantId, ev);
  }
  return ev;
}
