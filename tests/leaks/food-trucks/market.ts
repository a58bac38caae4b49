import { FoodTruck } from "./food_truck.ts";
import { type Order, Vendor } from "./vendor.ts";

export const vendors = new Map<string, Vendor>([
  ["bao-bus", new FoodTruck("bao-bus", "Bao Bus", "Westergas")],
  ["taco-loco", new FoodTruck("taco-loco", "Taco Loco", "NDSM")],
  ["stroopwafel", new Vendor("stroopwafel", "Stroopwafel Stand")],
]);

const orders = new Map<string, { vendor: Vendor; order: Order }>();
const PRICES: Record<string, number> = {
  bao: 650,
  taco: 450,
  fries: 400,
  waffle: 300,
  lemonade: 350,
};
export const texts = { sent: 0, last: "" };

function sms(phone: string) {
  return (message: string) => {
    texts.sent++;
    texts.last = `${phone.slice(0, 5)}…: ${message.slice(0, 40)}`;
  };
}

export function placeOrder(vendor: Vendor, body: Record<string, unknown>) {
  const items = (Array.isArray(body.items) ? body.items : []).map((i) => ({
    code: String(i?.code),
    qty: Math.max(1, Number(i?.qty) || 1),
  })).filter((i) => i.code in PRICES);
  if (!items.length || orders.has(String(body.id))) return null;
  const customer = body.customer as { name?: string; phone?: string } | undefined;
  const order: Order = {
    id: String(body.id),
    customer: { name: String(customer?.name ?? ""), phone: String(customer?.phone ?? "") },
    items,
    totalCents: items.reduce((sum, i) => sum + PRICES[i.code] * i.qty, 0),
    status: "waiting",
    placedAt: new Date().toISOString(),
  };
  orders.set(order.id, { vendor, order });
  vendor.watch(order, sms(order.customer.phone));
  return order;
}

export function markReady(id: string) {
  const entry = orders.get(id);
  if (!entry) return null;
  entry.order.status = "ready";
  entry.vendor.broadcast((
    o,
  ) => (o === entry.order ? `Order ${o.id} is ready at ${entry.vendor.name}!` : null));
  return entry.order;
}

export function collect(id: string) {
  const entry = orders.get(id);
  if (!entry) return null;
  entry.order.status = "collected";
  entry.vendor.unwatch(entry.order);
  orders.delete(id);
  return entry.order;
}
