// The order database is another team's service; this stand-in derives a stable order from
// its id so the status pages can be developed without it.

const STATUSES = ["received", "packed", "shipped", "out_for_delivery", "delivered"];
const CARRIERS = ["DPD", "Royal Mail", "Evri"];

function hash(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

export function findOrder(id) {
  if (!/^ord-\d+$/.test(id)) return undefined;
  const h = hash(id);
  const status = STATUSES[h % STATUSES.length];
  return {
    id,
    status,
    placedAt: new Date(Date.UTC(2024, 4, 1) + (h % 90) * 86_400_000).toISOString(),
    items: 1 + (h % 4),
    totalCents: 1500 + (h % 20_000),
    carrier: status === "received" ? null : CARRIERS[h % CARRIERS.length],
  };
}

export function trackingEvents(order) {
  const upto = STATUSES.indexOf(order.status);
  return STATUSES.slice(0, upto + 1).map((status, n) => ({
    status,
    at: new Date(Date.parse(order.placedAt) + n * 7_200_000).toISOString(),
  }));
}
