const ORDERS = new Map(
  Array.from({ length: 24 }, (_, n) => {
    const id = `ord-${1000 + n}`;
    return [id, {
      id,
      placedAt: new Date(Date.UTC(2025, 4, 1 + n)).toISOString(),
      currency: "EUR",
      paymentRef: `psp_${(0x5f3a + n * 97).toString(16)}`,
      lines: [
        { sku: "TSHIRT-ORG-M", qty: 2, unitCents: 1999, refundedQty: 0 },
        { sku: "HOODIE-GRY-L", qty: 1, unitCents: 5499, refundedQty: n % 3 === 0 ? 1 : 0 },
        { sku: "SOCKS-3PK", qty: 3, unitCents: 899, refundedQty: 0 },
      ],
    }];
  }),
);

const RETURN_WINDOW_DAYS = 365;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function loadOrder(tracer, parent, orderId) {
  return await tracer.withSpan("db.orders.find", parent, async (span) => {
    span.setAttribute("db.system", "postgresql");
    span.setAttribute("db.statement", "select * from orders where id = $1");
    await sleep(1);
    return ORDERS.get(orderId);
  });
}

export async function quoteRefund(tracer, parent, order, items) {
  const lines = [];
  let totalCents = 0;
  for (const item of items) {
    const line = order.lines.find((l) => l.sku === item.sku);
    if (!line) continue;
    const qty = Math.max(0, Math.min(Number(item.qty) || 0, line.qty - line.refundedQty));
    lines.push({ sku: line.sku, qty, amountCents: qty * line.unitCents });
    totalCents += qty * line.unitCents;
  }
  const ageDays = (Date.now() - Date.parse(order.placedAt)) / 86_400_000;
  const eligible = ageDays <= RETURN_WINDOW_DAYS && totalCents > 0;
  const psp = await tracer.withSpan("psp.refunds.preview", parent, async (span) => {
    span.setAttribute("psp.payment_ref", order.paymentRef);
    span.addEvent("request", { amountCents: totalCents });
    await sleep(2);
    return { feeCents: Math.round(totalCents * 0.004), method: "card" };
  });
  return { orderId: order.id, eligible, lines, totalCents, ...psp, currency: order.currency };
}
