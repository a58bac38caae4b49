import { log } from "./logger.ts";

export class ReturnError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

interface OrderLine {
  sku: string;
  name: string;
  qty: number;
  unitCents: number;
  returnable: boolean;
}

interface Order {
  id: string;
  customer: string;
  deliveredAt: string;
  lines: OrderLine[];
}

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

/** A slice of the order service, for the demo environment (delivered this week). */
const ORDERS = new Map<string, Order>([
  ["NL-100234", {
    id: "NL-100234",
    customer: "c-88",
    deliveredAt: daysAgo(3),
    lines: [
      { sku: "JKT-RAIN-M", name: "Rain jacket M", qty: 1, unitCents: 8995, returnable: true },
      { sku: "SOCK-3P", name: "Socks 3-pack", qty: 2, unitCents: 1299, returnable: false },
    ],
  }],
  ["NL-100251", {
    id: "NL-100251",
    customer: "c-91",
    deliveredAt: daysAgo(1),
    lines: [{
      sku: "BOOT-42",
      name: "Hiking boots 42",
      qty: 1,
      unitCents: 15900,
      returnable: true,
    }],
  }],
]);

const REASONS = new Set(["too-small", "too-large", "damaged", "not-as-described", "changed-mind"]);
const WINDOW_DAYS = 30;
const RECENT_LIMIT = 20;
let nextRma = 5000;
const recentRmas: { rma: string; order: string; refundCents: number }[] = [];
const stats = { requested: 0, refused: 0, refundCents: 0 };

export interface ReturnRequest {
  order: string;
  items: { sku: string; qty: number }[];
  reason: string;
  comment?: string;
}

export function parseRequest(body: unknown): ReturnRequest {
  if (typeof body !== "object" || body === null) throw new ReturnError(400, "JSON object required");
  const { order, items, reason, comment } = body as Record<string, unknown>;
  if (typeof order !== "string") throw new ReturnError(422, "order is required");
  if (!Array.isArray(items) || items.length === 0 || items.length > 20) {
    throw new ReturnError(422, "items must list 1–20 lines");
  }
  if (typeof reason !== "string" || !REASONS.has(reason)) {
    throw new ReturnError(422, `reason must be one of ${[...REASONS].join(", ")}`);
  }
  return {
    order,
    items: items.map((i) => ({ sku: String(i?.sku ?? ""), qty: Number(i?.qty ?? 1) })),
    reason,
    comment: typeof comment === "string" ? comment.slice(0, 500) : undefined,
  };
}

export function requestReturn(req: ReturnRequest, now = Date.now()) {
  const order = ORDERS.get(req.order);
  if (!order) throw new ReturnError(404, `no order ${req.order}`);
  const age = (now - Date.parse(order.deliveredAt)) / 86_400_000;
  if (age > WINDOW_DAYS) throw new ReturnError(409, "outside the 30-day return window");
  let refundCents = 0;
  for (const item of req.items) {
    const line = order.lines.find((l) => l.sku === item.sku);
    if (!line || !line.returnable || item.qty < 1 || item.qty > line.qty) {
      stats.refused++;
      log("warn", "return refused", { order: order.id, item });
      throw new ReturnError(422, `${item.sku} cannot be returned`);
    }
    refundCents += line.unitCents * item.qty;
  }
  const rma = `RMA-${nextRma++}`;
  stats.requested++;
  stats.refundCents += refundCents;
  recentRmas.push({ rma, order: order.id, refundCents });
  if (recentRmas.length > RECENT_LIMIT) recentRmas.shift();
  log("info", "return requested", { rma, request: req, refundCents });
  return { rma, refundCents, label: `https://labels.example/${rma}.pdf` };
}

export function returnsOverview() {
  return { ...stats, recent: recentRmas.slice(-5) };
}
