import { EventEmitter } from "node:events";

export type Status = "placed" | "picking" | "ready" | "collected" | "cancelled";

export interface Line {
  sku: string;
  name: string;
  qty: number;
  substitute?: string;
}

export interface Order {
  id: string;
  store: string;
  customer: { name: string; phone: string; email?: string };
  lines: Line[];
  slot: string;
  status: Status;
  version: number;
  bay?: number;
  history: { status: Status; at: string; by: string }[];
}

export interface StatusEvent {
  orderId: string;
  store: string;
  status: Status;
  version: number;
  bay?: number;
  at: string;
}

const NEXT: Record<Status, Status[]> = {
  placed: ["picking", "cancelled"],
  picking: ["ready", "cancelled"],
  ready: ["collected", "cancelled"],
  collected: [],
  cancelled: [],
};

/** Every status change of every order, for the shopper apps and the store screens. */
export const orderEvents = new EventEmitter();
orderEvents.setMaxListeners(0); // one per app waiting on a change

const open = new Map<string, Order>();
/** Closed orders stay visible in the app for a while (the last 100). */
const closed = new Map<string, Order>();
const KEEP_CLOSED = 100;
const BAYS = 6;
let nextBay = 0;

export class OrderError extends Error {
  constructor(public status: number, message: string) {
    super(message);
  }
}

export function place(body: Partial<Order>): Order {
  if (!body.id || !body.store || !Array.isArray(body.lines) || body.lines.length === 0) {
    throw new OrderError(400, "an order needs an id, a store and lines");
  }
  if (open.has(body.id) || closed.has(body.id)) {
    throw new OrderError(409, `order ${body.id} exists`);
  }
  const order: Order = {
    id: body.id,
    store: body.store,
    customer: {
      name: String(body.customer?.name ?? ""),
      phone: String(body.customer?.phone ?? ""),
      email: body.customer?.email,
    },
    lines: body.lines.map((l) => ({
      sku: l.sku,
      name: l.name,
      qty: l.qty ?? 1,
      substitute: l.substitute,
    })),
    slot: String(body.slot ?? "asap"),
    status: "placed",
    version: 1,
    history: [{ status: "placed", at: new Date().toISOString(), by: "app" }],
  };
  open.set(order.id, order);
  return order;
}

export function find(id: string): Order | undefined {
  return open.get(id) ?? closed.get(id);
}

export function advance(id: string, status: Status, by: string): Order {
  const order = open.get(id);
  if (!order) throw new OrderError(closed.has(id) ? 409 : 404, `order ${id} is not open`);
  if (!NEXT[order.status].includes(status)) {
    throw new OrderError(409, `order ${id} is ${order.status}, it cannot become ${status}`);
  }
  order.status = status;
  order.version++;
  if (status === "ready") order.bay = (nextBay++ % BAYS) + 1;
  const at = new Date().toISOString();
  order.history.push({ status, at, by });
  if (status === "collected" || status === "cancelled") {
    open.delete(id);
    closed.set(id, order);
    if (closed.size > KEEP_CLOSED) closed.delete(closed.keys().next().value!);
  }
  const event: StatusEvent = {
    orderId: id,
    store: order.store,
    status,
    version: order.version,
    bay: order.bay,
    at,
  };
  orderEvents.emit("status", event);
  return order;
}

export function storeBoard(store: string) {
  const board: Record<string, string[]> = { placed: [], picking: [], ready: [] };
  for (const o of open.values()) if (o.store === store) board[o.status]?.push(o.id);
  return board;
}
