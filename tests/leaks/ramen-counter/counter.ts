import { TopicBus } from "./bus.ts";

export interface Order {
  id: string;
  bowl: string;
  extras: string[];
  member?: Member;
  pager: number;
  priceCents: number;
  placedAt: number;
  readyAt?: number;
  buzzes: number;
  leave: () => void;
}
export interface Member {
  id: string;
  name: string;
  points: number;
}

export const PRICES: Record<string, number> = {
  shoyu: 1250,
  miso: 1350,
  tonkotsu: 1450,
  egg: 150,
  chashu: 300,
  nori: 100,
};
export const bus = new TopicBus();
export const orders = new Map<string, Order>();
const members = new Map<string, Member>();
const MAX_MEMBERS = 48;
const pickups: (string | undefined)[] = new Array(30);
let pickupSlot = 0;
const waitingSales: { order: string; cents: number }[] = [];
let saleTimer: ReturnType<typeof setTimeout> | undefined;
export const totals = { orders: 0, readyCount: 0, sold: 0, cents: 0, batches: 0 };

bus.subscribe("kitchen/+/ready", () => totals.readyCount++);

/** Member records from the loyalty service, kept for the most recent 48 guests. */
export function memberFor(id: string): Member {
  let m = members.get(id);
  if (m) members.delete(id);
  else m = { id, name: `Guest ${id.slice(-4)}`, points: 0 };
  members.set(id, m);
  if (members.size > MAX_MEMBERS) members.delete(members.keys().next().value!);
  return m;
}

function flushSales() {
  clearTimeout(saleTimer);
  saleTimer = undefined;
  const batch = waitingSales.splice(0);
  if (batch.length === 0) return;
  totals.batches++;
  for (const sale of batch) totals.cents += sale.cents;
}

/** Sales go to the till system in batches of 20, or 200 ms after the first one waiting. */
export function recordSale(order: string, cents: number) {
  waitingSales.push({ order, cents });
  totals.sold++;
  if (waitingSales.length >= 20) flushSales();
  else saleTimer ??= setTimeout(flushSales, 200);
}

export function recordPickup(summary: string) {
  pickups[pickupSlot] = summary;
  pickupSlot = (pickupSlot + 1) % pickups.length;
}

export function recentPickups(): string[] {
  return [...pickups.slice(pickupSlot), ...pickups.slice(0, pickupSlot)].filter((p) =>
    p !== undefined
  ).slice(-5);
}
