const orders = new Map();
const MAX_ORDERS = 64;

const CARRIERS = {
  postnl: { name: "PostNL", track: (code) => `https://jouw.postnl.nl/track-and-trace/${code}` },
  dhl: {
    name: "DHL",
    track: (code) => `https://www.dhl.com/nl-en/home/tracking.html?tracking-id=${code}`,
  },
};

export function createOrder({ number, email, firstName, items }) {
  const order = {
    number,
    email,
    firstName,
    items,
    status: "confirmed",
    createdAt: new Date().toISOString(),
  };
  orders.set(number, order);
  if (orders.size > MAX_ORDERS) orders.delete(orders.keys().next().value);
  return order;
}

export function findOrder(number) {
  return orders.get(number);
}

export function shipOrder(order, carrierId, code) {
  const carrier = CARRIERS[carrierId] ?? CARRIERS.postnl;
  order.status = "shipped";
  return { carrier: carrier.name, code, trackingUrl: carrier.track(code) };
}
