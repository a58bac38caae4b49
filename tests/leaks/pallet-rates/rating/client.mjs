import { MessageChannel } from "node:worker_threads";
import { startEngine } from "./engine.mjs";

const { port1: port, port2 } = new MessageChannel();
startEngine(port2);

/** Calls waiting for the engine, by call id. */
const pending = new Map();
let seq = 0;
const stats = { calls: 0, batches: 0, failed: 0 };

function take(id) {
  const call = pending.get(id);
  if (call) pending.delete(id);
  return call;
}

port.on("message", (msg) => {
  switch (msg.type) {
    case "rated":
      take(msg.id)?.resolve(msg.quote);
      break;
    case "ratedMany":
      // a multi-drop run comes back as one message
      for (const [id, quote] of msg.results) pending.get(id)?.resolve(quote);
      break;
    case "failed":
      stats.failed++;
      take(msg.id)?.reject(new Error(msg.message));
      break;
  }
});
port.unref();

function track(id, consignment) {
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject, consignment, sentAt: Date.now() });
  });
}

export function quote(consignment) {
  const id = ++seq;
  stats.calls++;
  const answer = track(id, consignment);
  port.postMessage({ type: "rate", id, consignment });
  return answer;
}

/** Rates every drop of a multi-drop run in one round trip. */
export function quoteMany(consignments) {
  const ids = consignments.map(() => ++seq);
  stats.calls += ids.length;
  stats.batches++;
  const answers = Promise.all(ids.map((id, n) => track(id, consignments[n])));
  port.postMessage({ type: "rateMany", ids, consignments });
  return answers;
}

export function engineStats() {
  return { ...stats, waiting: pending.size };
}
