// What a return is worth once inspected: the lines sent back, less a restocking fee for opened
// goods; shipping back for faults that are ours; nothing for damage done by the customer.

import type { Order, OrderLine } from "./orders.ts";

export type Condition = "resaleable" | "opened" | "defective" | "damaged";
export type Reason = "too-small" | "too-large" | "not-as-described" | "defective" | "wrong-item";

export interface ReturnLine extends OrderLine {
  returnQty: number;
}

export interface Refund {
  lines: { sku: string; qty: number; cents: number }[];
  restockingFeeCents: number;
  shippingCents: number;
  totalCents: number;
  vatCents: number;
}

const RESTOCKING_FEE = 0.1;
const OUR_FAULT = new Set<Reason>(["defective", "wrong-item", "not-as-described"]);

export function computeRefund(
  order: Order,
  lines: ReturnLine[],
  reason: Reason,
  condition: Condition,
): Refund | null {
  if (condition === "damaged") return null;
  let vat = 0;
  const refunded = lines.map((line) => {
    const gross = line.unitPriceCents * line.returnQty;
    vat += Math.round(gross - gross / (1 + line.vatRate));
    return { sku: line.sku, qty: line.returnQty, cents: gross };
  });
  const goods = refunded.reduce((sum, l) => sum + l.cents, 0);
  const restockingFeeCents = condition === "opened" && !OUR_FAULT.has(reason)
    ? Math.round(goods * RESTOCKING_FEE)
    : 0;
  const allReturned = lines.length === order.lines.length &&
    lines.every((l) => l.returnQty === l.qty);
  const shippingCents = OUR_FAULT.has(reason) && allReturned ? order.shippingCents : 0;
  return {
    lines: refunded,
    restockingFeeCents,
    shippingCents,
    totalCents: goods - restockingFeeCents + shippingCents,
    vatCents: vat,
  };
}

export function formatCents(cents: number): string {
  return `€${(cents / 100).toFixed(2).replace(".", ",")}`;
}
