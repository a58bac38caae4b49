import { PRODUCTS } from "./catalogue.ts";

export class OrderError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export interface Line {
  product: string;
  qty: number;
}

export class Order {
  readonly lines: Line[];
  state: "open" | "baking" | "ready" | "delivered" = "open";
  readonly createdAt = Date.now();

  constructor(readonly id: string, readonly cafe: string, readonly bakeDay: string, lines: Line[]) {
    if (!lines.length) throw new OrderError(422, "an order needs at least one line");
    for (const line of lines) {
      if (!PRODUCTS[line.product]) throw new OrderError(422, `unknown product ${line.product}`);
      if (!Number.isInteger(line.qty) || line.qty < 1) {
        throw new OrderError(422, `bad quantity for ${line.product}`);
      }
    }
    this.lines = lines.map((l) => ({ ...l }));
  }

  totalCents() {
    return this.lines.reduce((sum, l) => sum + PRODUCTS[l.product].cents * l.qty, 0);
  }
}

/** A repeating order: the same lines every week on the given weekdays. */
export class StandingOrder extends Order {
  readonly weekdays: number[];

  constructor(id: string, cafe: string, bakeDay: string, lines: Line[], weekdays: number[]) {
    super(id, cafe, bakeDay, lines);
    if (!weekdays.length || weekdays.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) {
      throw new OrderError(422, "weekdays must be 1 (Monday) to 7");
    }
    this.weekdays = [...new Set(weekdays)].sort();
  }
}

/** Orders not delivered yet. An order is listed only once it was built without error. */
export const openOrders = new Map<string, Order>();

export function place(order: Order) {
  if (openOrders.has(order.id)) throw new OrderError(409, `order ${order.id} exists`);
  openOrders.set(order.id, order);
  return order;
}
