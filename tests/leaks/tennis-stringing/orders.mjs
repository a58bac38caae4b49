import { quote } from "./pricing.mjs";

export class OrderError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const open = new Map();
const collected = [];
const KEEP_COLLECTED = 25;

function validTension(kg) {
  return typeof kg === "number" && kg >= 15 && kg <= 35;
}

export function createOrder(body) {
  if (!body.ref || !body.customer?.name) throw new OrderError(400, "ref and customer required");
  if (open.has(body.ref)) throw new OrderError(409, `order ${body.ref} exists`);
  if (!validTension(body.mainsKg) || !validTension(body.crossesKg ?? body.mainsKg)) {
    throw new OrderError(400, "tension out of range");
  }
  const price = quote(body);
  const order = {
    ref: body.ref,
    customer: { name: body.customer.name, phone: body.customer.phone ?? null },
    racquet: body.racquet ?? "unknown",
    string: body.string,
    crossString: body.crossString ?? body.string,
    mainsKg: body.mainsKg,
    crossesKg: body.crossesKg ?? body.mainsKg,
    express: Boolean(body.express),
    price,
    status: "waiting",
    droppedOffAt: new Date().toISOString(),
    dueBy: new Date(Date.now() + (body.express ? 2 : 24) * 3600_000).toISOString(),
  };
  open.set(order.ref, order);
  return order;
}

export function getOrder(ref) {
  const order = open.get(ref);
  if (!order) throw new OrderError(404, `no open order ${ref}`);
  return order;
}

export function markStrung(ref, { stringer, measuredKg }) {
  const order = getOrder(ref);
  order.status = "ready";
  order.strungBy = stringer ?? "bench";
  order.measuredKg = measuredKg ?? order.mainsKg;
  order.strungAt = new Date().toISOString();
  return order;
}

export function collect(ref) {
  const order = getOrder(ref);
  if (order.status !== "ready") throw new OrderError(409, "racquet not strung yet");
  open.delete(ref);
  order.status = "collected";
  order.collectedAt = new Date().toISOString();
  collected.push(order);
  if (collected.length > KEEP_COLLECTED) collected.shift();
  return order;
}

export function ticket(order) {
  const lines = [
    `Order ${order.ref} — ${order.customer.name}`,
    `Racquet: ${order.racquet}`,
    `Mains: ${order.string} @ ${order.mainsKg} kg`,
    `Crosses: ${order.crossString} @ ${order.crossesKg} kg`,
    `Due: ${order.dueBy}${order.express ? " (EXPRESS)" : ""}`,
    `Total: £${order.price.total.toFixed(2)}`,
  ];
  return lines.join("\n");
}

export function bench() {
  const waiting = [...open.values()].filter((o) => o.status === "waiting");
  waiting.sort((a, b) => a.dueBy.localeCompare(b.dueBy));
  return {
    waiting: waiting.length,
    next: waiting.slice(0, 5).map((o) => o.ref),
    collected: collected.length,
  };
}
