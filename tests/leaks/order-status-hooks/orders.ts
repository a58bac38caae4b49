export interface OrderLine {
  sku: string;
  qty: number;
  unitCents: number;
}

export interface Order {
  id: string;
  customer: string;
  channel: string;
  status: "placed" | "paid" | "packed" | "shipped" | "cancelled";
  lines: OrderLine[];
  totalCents: number;
  shipment?: { carrier: string; tracking: string };
  createdAt: number;
}

const PRICES: Record<string, number> = {
  "tea-sencha-100": 1295,
  "tea-rooibos-250": 1450,
  "pot-kyusu-300": 4900,
  "cups-set-4": 2600,
};

const open = new Map<string, Order>();
const closed: { id: string; status: string; closedAt: number }[] = [];

const NEXT: Record<string, Order["status"][]> = {
  placed: ["paid", "cancelled"],
  paid: ["packed", "cancelled"],
  packed: ["shipped"],
};

export class OrderError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export function placeOrder(id: string, customer: string, channel: string, items: unknown): Order {
  if (open.has(id)) throw new OrderError(409, "order exists");
  if (!Array.isArray(items) || !items.length) throw new OrderError(422, "lines required");
  const lines = items.map((it) => {
    const unitCents = PRICES[it?.sku];
    if (!unitCents) throw new OrderError(422, `unknown sku ${it?.sku}`);
    return { sku: String(it.sku), qty: Math.max(1, Number(it.qty) || 1), unitCents };
  });
  const totalCents = lines.reduce((sum, l) => sum + l.qty * l.unitCents, 0);
  const order: Order = {
    id,
    customer,
    channel,
    status: "placed",
    lines,
    totalCents,
    createdAt: Date.now(),
  };
  open.set(id, order);
  return order;
}

export function advance(id: string, to: Order["status"], shipment?: Order["shipment"]): Order {
  const order = open.get(id);
  if (!order) throw new OrderError(404, "no open order");
  if (!NEXT[order.status]?.includes(to)) throw new OrderError(409, `${order.status} → ${to}`);
  order.status = to;
  if (shipment) order.shipment = shipment;
  if (to === "shipped" || to === "cancelled") {
    open.delete(id);
    closed.push({ id, status: to, closedAt: Date.now() });
    if (closed.length > 30) closed.shift();
  }
  return order;
}

export function orderStats() {
  return { open: open.size, recentlyClosed: closed.slice(-5) };
}
