import type { Photo, RenderResult, Sheet } from "./render.ts";

export type OrderState = "rendering" | "ready" | "needs-review" | "failed";

export interface PrintOrder {
  id: string;
  customer: string;
  paper: string;
  photos: Photo[];
  state: OrderState;
  placedAt: number;
  sheets?: Pick<Sheet, "photo" | "dpi" | "warnings">[];
}

/** Orders the shop floor still looks at; older ones are in the order database only. */
const KEEP = 100;
const orders = new Map<string, PrintOrder>();

export function addOrder(order: PrintOrder) {
  orders.delete(order.id);
  orders.set(order.id, order);
  while (orders.size > KEEP) orders.delete(orders.keys().next().value!);
}

export function getOrder(id: string) {
  return orders.get(id);
}

export function applyRender(result: RenderResult) {
  const order = orders.get(result.orderId);
  if (!order) return;
  order.sheets = result.sheets.map(({ photo, dpi, warnings }) => ({ photo, dpi, warnings }));
  order.state = result.sheets.some((s) => s.warnings.length) ? "needs-review" : "ready";
}

export function markFailed(id: string) {
  const order = orders.get(id);
  if (order) order.state = "failed";
}

export function floorSummary() {
  const byState: Record<string, number> = {};
  for (const o of orders.values()) byState[o.state] = (byState[o.state] ?? 0) + 1;
  return { open: orders.size, byState };
}
