/** Promotion rules, pushed by the marketing back office and compiled to predicates. */

export interface RuleSpec {
  id: string;
  description: string;
  minSubtotalCents?: number;
  skus?: string[];
  country?: string;
  percentOff: number;
}

export interface CompiledRule {
  id: string;
  description: string;
  percentOff: number;
  applies(order: Order): boolean;
}

export interface Order {
  country: string;
  lines: { sku: string; qty: number; unitCents: number }[];
}

export const subtotal = (order: Order) =>
  order.lines.reduce((sum, l) => sum + l.qty * l.unitCents, 0);

export function compileRule(spec: RuleSpec): CompiledRule {
  const skus = spec.skus ? new Set(spec.skus) : null;
  return {
    id: spec.id,
    description: spec.description,
    percentOff: Math.min(90, Math.max(0, spec.percentOff)),
    applies(order) {
      if (spec.country && order.country !== spec.country) return false;
      if (spec.minSubtotalCents && subtotal(order) < spec.minSubtotalCents) return false;
      if (skus && !order.lines.some((l) => skus.has(l.sku))) return false;
      return true;
    },
  };
}
