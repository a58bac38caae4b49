import { createStore } from "./vendor/store.ts";

export class FloorError extends Error {
  constructor(public status: number, message: string) {
    super(message);
  }
}

export interface OrderLine {
  item: string;
  name: string;
  qty: number;
  priceEur: number;
  course: "starter" | "main" | "dessert" | "drinks";
  notes: string;
}

export interface TableOrder {
  id: string;
  table: string;
  server: string;
  covers: number;
  openedAt: string;
  lines: OrderLine[];
}

interface Table {
  seats: number;
  section: "window" | "bar" | "terrace";
}

interface Floor {
  tables: Record<string, Table>;
  /** Open orders by order number (a table can have more than one: split parties). */
  orders: Record<string, TableOrder>;
  covers: number;
  takingsEur: number;
}

const MENU: Record<string, Omit<OrderLine, "qty" | "notes" | "item">> = {
  "S01": { name: "Steak tartare, capers, egg yolk", priceEur: 14.5, course: "starter" },
  "S04": { name: "Soupe à l'oignon gratinée", priceEur: 9, course: "starter" },
  "M02": { name: "Moules-frites, white wine and shallots", priceEur: 23.5, course: "main" },
  "M07": { name: "Duck confit, pommes sarladaises", priceEur: 26, course: "main" },
  "D03": { name: "Tarte Tatin, crème fraîche", priceEur: 9.5, course: "dessert" },
  "W11": { name: "Côtes du Rhône, carafe 50 cl", priceEur: 19, course: "drinks" },
};

const tables: Record<string, Table> = {};
for (
  const [prefix, section, count, seats] of [
    ["W", "window", 8, 2],
    ["B", "bar", 6, 2],
    ["T", "terrace", 10, 4],
  ] as const
) {
  for (let n = 1; n <= count; n++) tables[`${prefix}${n}`] = { seats, section };
}

export const floor = createStore<Floor>({ tables, orders: {}, covers: 0, takingsEur: 0 });
const state = floor.state;

/** Paid bills for the end-of-service report, newest first. */
const bills: { order: string; table: string; totalEur: number; at: string }[] = [];

function orderOf(id: string): TableOrder {
  const order = state.orders[id];
  if (!order) throw new FloorError(404, `no open order ${id}`);
  return order;
}

export function open(body: { id: string; table: string; server: string; covers: number }) {
  const table = state.tables[body.table];
  if (!table) throw new FloorError(404, `no table ${body.table}`);
  if (!body.id) throw new FloorError(400, "an order needs a number");
  if (state.orders[body.id]) throw new FloorError(409, `order ${body.id} is already open`);
  state.orders[body.id] = {
    id: body.id,
    table: body.table,
    server: String(body.server ?? ""),
    covers: Math.min(table.seats + 2, Number(body.covers ?? 2)),
    openedAt: new Date().toISOString(),
    lines: [],
  };
  const order = state.orders[body.id];
  state.covers += order.covers;
  return order;
}

export function addLines(id: string, lines: { item: string; qty?: number; notes?: string }[]) {
  const order = orderOf(id);
  for (const l of lines) {
    const dish = MENU[l.item];
    if (!dish) throw new FloorError(422, `not on the menu: ${l.item}`);
    order.lines.push({ item: l.item, ...dish, qty: Number(l.qty ?? 1), notes: l.notes ?? "" });
  }
  return order;
}

export function bill(id: string) {
  const order = orderOf(id);
  const rows = order.lines.map((l) => ({
    name: l.name,
    qty: l.qty,
    amountEur: Math.round(l.qty * l.priceEur * 100) / 100,
  }));
  const totalEur = rows.reduce((sum, r) => sum + r.amountEur, 0);
  return { order: order.id, table: order.table, covers: order.covers, rows, totalEur };
}

export function pay(id: string) {
  const b = bill(id);
  delete state.orders[id];
  state.takingsEur = Math.round((state.takingsEur + b.totalEur) * 100) / 100;
  bills.unshift({
    order: b.order,
    table: b.table,
    totalEur: b.totalEur,
    at: new Date().toISOString(),
  });
  if (bills.length > 40) bills.length = 40;
  return b;
}

export function overview() {
  return {
    covers: state.covers,
    takingsEur: state.takingsEur,
    open: Object.values(state.orders).map((o) => ({ id: o.id, table: o.table, covers: o.covers })),
    lastBills: bills.slice(0, 5),
  };
}
