import { type CompiledRule, compileRule, type Order, type RuleSpec, subtotal } from "./rules.ts";

export interface ActiveRules {
  version: number;
  loadedAt: string;
  rules: CompiledRule[];
  quote(order: Order): { subtotalCents: number; discountCents: number; applied: string[] };
}

const debug = Deno.env.get("PROMO_DEBUG") === "1";
let version = 0;

/** The rules in force; replaced as a whole on every publish. */
export let current: ActiveRules | null = null;

export function publish(specs: RuleSpec[]): ActiveRules {
  const previous = current;
  const rules = specs.map(compileRule);

  // For the debug log only: which rule ids came and went.
  const changes = () => {
    const before = new Set(previous?.rules.map((r) => r.id) ?? []);
    const after = new Set(rules.map((r) => r.id));
    return {
      added: [...after].filter((id) => !before.has(id)),
      removed: [...before].filter((id) => !after.has(id)),
    };
  };

  current = {
    version: ++version,
    loadedAt: new Date().toISOString(),
    rules,
    quote(order) {
      const subtotalCents = subtotal(order);
      const applied = rules.filter((r) => r.applies(order));
      const best = applied.reduce((max, r) => Math.max(max, r.percentOff), 0);
      return {
        subtotalCents,
        discountCents: Math.round(subtotalCents * best / 100),
        applied: applied.map((r) => r.id),
      };
    },
  };
  if (debug) console.debug("promo rules published", changes());
  return current;
}
