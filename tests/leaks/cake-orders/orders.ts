import { StatusHub } from "./hub.ts";

export class ShopError extends Error {
  constructor(public status: number, message: string) {
    super(message);
  }
}

export type Stage = "received" | "baking" | "decorating" | "ready" | "collected";
const STAGES: Stage[] = ["received", "baking", "decorating", "ready", "collected"];

export interface CakeOrder {
  id: string;
  customer: { name: string; phone: string; email: string };
  cake: { base: string; filling: string; tiers: number; servings: number };
  inscription: string;
  allergies: string[];
  pickupAt: string;
  priceEur: number;
  stage: Stage;
  version: number;
  history: { stage: Stage; at: string }[];
}

export const hub = new StatusHub();
const orders = new Map<string, CakeOrder>();
/** Collected orders for the end-of-day sheet, newest first. */
const collected: { id: string; name: string; priceEur: number; at: string }[] = [];

const PRICE_PER_SERVING: Record<string, number> = { sponge: 3.2, chocolate: 3.6, carrot: 3.4 };

export const topicOf = (id: string) => `order:${id}`;

export function statusOf(order: CakeOrder) {
  return {
    id: order.id,
    stage: order.stage,
    version: order.version,
    pickupAt: order.pickupAt,
    updatedAt: order.history.at(-1)!.at,
  };
}

export function place(input: Partial<CakeOrder>): CakeOrder {
  if (!input.id || !input.customer?.name || !input.cake?.base) {
    throw new ShopError(400, "id, customer.name and cake.base are required");
  }
  if (orders.has(input.id)) throw new ShopError(409, `order ${input.id} exists`);
  const servings = Math.max(6, Number(input.cake.servings ?? 12));
  const order: CakeOrder = {
    id: input.id,
    customer: {
      name: input.customer.name,
      phone: String(input.customer.phone ?? ""),
      email: String(input.customer.email ?? ""),
    },
    cake: {
      base: input.cake.base,
      filling: String(input.cake.filling ?? "buttercream"),
      tiers: Number(input.cake.tiers ?? 1),
      servings,
    },
    inscription: String(input.inscription ?? "").slice(0, 60),
    allergies: Array.isArray(input.allergies) ? input.allergies.map(String) : [],
    pickupAt: String(input.pickupAt ?? ""),
    priceEur: Math.round(servings * (PRICE_PER_SERVING[input.cake.base] ?? 3.5) * 100) / 100,
    stage: "received",
    version: 1,
    history: [{ stage: "received", at: new Date().toISOString() }],
  };
  orders.set(order.id, order);
  return order;
}

export function get(id: string): CakeOrder {
  const order = orders.get(id);
  if (!order) throw new ShopError(404, `no order ${id}`);
  return order;
}

export function moveTo(id: string, stage: Stage): CakeOrder {
  const order = get(id);
  if (STAGES.indexOf(stage) <= STAGES.indexOf(order.stage)) {
    throw new ShopError(409, `${id} is already ${order.stage}`);
  }
  order.stage = stage;
  order.version++;
  order.history.push({ stage, at: new Date().toISOString() });
  hub.publish(topicOf(id), JSON.stringify(statusOf(order)));
  if (stage === "collected") {
    orders.delete(id);
    collected.unshift({
      id,
      name: order.customer.name,
      priceEur: order.priceEur,
      at: new Date().toISOString(),
    });
    if (collected.length > 30) collected.length = 30;
  }
  return order;
}

export function daySheet() {
  return { open: orders.size, collected: collected.slice(0, 10), hub: hub.stats };
}
