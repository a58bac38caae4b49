// Placed orders go to the fulfilment queue; the shop front only keeps the latest few for the
// "recent orders" widget.

const recent = [];
const MAX_RECENT = 30;
let seq = 1000;

export function placeOrder(cart, customer, lines) {
  const order = {
    number: `WS-${++seq}`,
    cart,
    customer,
    lines,
    totalMinor: lines.reduce((sum, l) => sum + l.qty * l.unitMinor, 0),
    placedAt: new Date().toISOString(),
  };
  recent.unshift(order);
  if (recent.length > MAX_RECENT) recent.length = MAX_RECENT;
  return order;
}

export function recentOrders(limit) {
  return recent.slice(0, limit).map((o) => ({
    number: o.number,
    totalMinor: o.totalMinor,
    items: o.lines.length,
  }));
}
