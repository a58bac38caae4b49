const CARRIERS = ["PostNL", "DHL", "UPS", "DPD"];
const STATES = ["label_created", "picked_up", "in_transit", "out_for_delivery", "delivered"];

function hashOf(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** What the carrier APIs would say for an order; deterministic per order id here. */
export function trackingFor(orderId, ctx) {
  const h = hashOf(orderId);
  if (h % 17 === 0) {
    ctx.log(`order ${orderId}: not shipped yet`);
    return null;
  }
  const carrier = CARRIERS[h % CARRIERS.length];
  const reached = 1 + (h % STATES.length);
  const start = Date.UTC(2024, 4, 1) + (h % 1_000_000) * 1000;
  ctx.log(`order ${orderId}: ${carrier}, ${STATES[reached - 1]}`);
  return {
    orderId,
    carrier,
    trackingNumber: `${carrier.slice(0, 2).toUpperCase()}${String(h).padStart(10, "0")}`,
    events: STATES.slice(0, reached).map((state, n) => ({
      state,
      at: new Date(start + n * 6 * 3600_000).toISOString(),
    })),
  };
}
