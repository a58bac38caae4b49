import { EventEmitter } from "node:events";
import { enqueue } from "./outbox.mjs";

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Cancellation requests for orders still being placed. */
export const orderEvents = new EventEmitter();
orderEvents.setMaxListeners(0);

/** Orders being placed, and the last 100 placed or failed (the order page reads these). */
export const active = new Map();
const RECENT = 100;
export const recent = new Map();
const HISTORY_CAP = 20;

export class StepFailed extends Error {
  constructor(step, message, transient = false) {
    super(`${step}: ${message}`);
    this.step = step;
    this.transient = transient;
  }
}

async function withRetry(fn, { attempts = 3, baseMs = 2 } = {}) {
  for (let attempt = 1;; attempt++) {
    try {
      return await fn(attempt);
    } catch (err) {
      if (!err.transient || attempt >= attempts) throw err;
      await sleep(baseMs * 2 ** (attempt - 1));
    }
  }
}

let paymentCalls = 0;
const STEPS = [
  {
    name: "reserve-stock",
    run: async (order) => {
      await sleep(1);
      if (order.lines.some((l) => l.qty > 20)) {
        throw new StepFailed("reserve-stock", "not enough stock");
      }
      return { reservation: `RS-${order.id}` };
    },
    undo: async () => await sleep(1),
  },
  {
    name: "authorize-payment",
    run: async (order) => {
      await sleep(1);
      if (++paymentCalls % 3 === 0) throw new StepFailed("authorize-payment", "gateway 503", true);
      return { authorization: `AU-${order.id}`, amount: order.total };
    },
    undo: async () => await sleep(1),
  },
  {
    name: "create-shipment",
    run: async (order) => {
      await sleep(1);
      if (order.country === "XX") throw new StepFailed("create-shipment", "unknown destination");
      return { shipment: `SH-${order.id}` };
    },
    undo: async () => await sleep(1),
  },
];

function record(instance, to, note) {
  instance.history.push({ from: instance.state, to, note, at: Date.now() });
  if (instance.history.length > HISTORY_CAP) instance.history.shift();
  instance.state = to;
}

function keep(instance) {
  const view = {
    id: instance.order.id,
    state: instance.state,
    results: instance.results,
    history: instance.history,
  };
  recent.delete(view.id);
  recent.set(view.id, view);
  if (recent.size > RECENT) recent.delete(recent.keys().next().value);
  return view;
}

export async function placeOrder(order) {
  const instance = { order, state: "new", history: [], results: {}, cancelled: false };
  const undo = [];
  const onCancel = (id) => {
    if (id === order.id) instance.cancelled = true;
  };
  orderEvents.on("cancel", onCancel);
  active.set(order.id, instance);
  try {
    for (const step of STEPS) {
      if (instance.cancelled) throw new StepFailed(step.name, "cancelled by customer");
      record(instance, `running:${step.name}`);
      instance.results[step.name] = await withRetry(() => step.run(order));
      undo.push(step);
    }
    record(instance, "placed");
    enqueue("orders", order.id, { type: "OrderPlaced", order: order.id, total: order.total });
  } catch (err) {
    record(instance, "compensating", err.message);
    for (const step of undo.reverse()) await step.undo(order, instance.results[step.name]);
    record(instance, "failed", err.message);
    enqueue("orders", order.id, { type: "OrderFailed", order: order.id, reason: err.message });
  } finally {
    orderEvents.off("cancel", onCancel);
    active.delete(order.id);
  }
  return keep(instance);
}

export function cancelOrder(id) {
  if (active.has(id)) {
    orderEvents.emit("cancel", id);
    return "cancelling";
  }
  const view = recent.get(id);
  if (!view || view.state !== "placed") return null;
  view.state = "cancelled";
  enqueue("orders", id, { type: "OrderCancelled", order: id, refund: true });
  return "cancelled";
}
