// Pick lists for the warehouse: an order's lines sorted into a walking route by bin location.
import { current, span } from "./context.mjs";

const BINS = new Map([
  ["SKU-100", "A-01-1"],
  ["SKU-101", "A-03-2"],
  ["SKU-205", "B-12-1"],
  ["SKU-310", "C-04-3"],
  ["SKU-311", "C-04-4"],
  ["SKU-420", "D-20-1"],
]);

const lists = new Map();
const MAX_LISTS = 40;

function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function createPickList(orderId, lines) {
  const located = await span("locate", async () => {
    await delay(1);
    return lines.map((l) => ({ sku: l.sku, qty: l.qty, bin: BINS.get(l.sku) ?? "UNSORTED" }));
  });
  const route = await span(
    "route",
    () => located.slice().sort((a, b) => a.bin.localeCompare(b.bin)),
  );
  const ctx = current();
  const list = { orderId, tenant: ctx?.tenant, route, picked: [], createdAt: Date.now() };
  lists.set(orderId, list);
  if (lists.size > MAX_LISTS) lists.delete(lists.keys().next().value);
  return list;
}

export async function confirmPick(orderId, sku, qty) {
  const list = lists.get(orderId);
  if (!list) return undefined;
  await span("confirm", async () => {
    await delay(1);
    list.picked.push({ sku, qty, at: Date.now(), by: current()?.traceId ?? "unknown" });
  });
  const remaining = list.route.filter((r) => !list.picked.some((p) => p.sku === r.sku));
  return { orderId, remaining: remaining.length, picked: list.picked.length };
}

export function getPickList(orderId) {
  return lists.get(orderId);
}
