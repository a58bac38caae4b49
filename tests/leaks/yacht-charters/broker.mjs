import { MessageChannel } from "node:worker_threads";

/**
 * Payment requests go to the broker's ledger over a MessageChannel (the ledger used to be a
 * worker thread and kept its protocol).
 */
const { port1, port2 } = new MessageChannel();

let receiptSeq = 7000;
port2.on("message", (msg) => {
  if (msg.type === "request") {
    port2.postMessage({ type: "requested", id: msg.id, receipt: `PR-${++receiptSeq}` });
  } else if (msg.type === "requestMany") {
    port2.postMessage({
      type: "requestedMany",
      results: msg.ids.map((id) => [id, `PR-${++receiptSeq}`]),
    });
  }
});
port2.unref();

const waiting = new Map();
let seq = 0;

function settle(id, receipt) {
  const call = waiting.get(id);
  if (!call) return;
  waiting.delete(id);
  call.resolve(receipt);
}

port1.on("message", (msg) => {
  if (msg.type === "requested") settle(msg.id, msg.receipt);
  else if (msg.type === "requestedMany") {
    for (const [id, receipt] of msg.results) settle(id, receipt);
  }
});
port1.unref();

export function requestPayments(payments) {
  const ids = payments.map(() => ++seq);
  const receipts = Promise.all(
    ids.map((id) => new Promise((resolve) => waiting.set(id, { resolve }))),
  );
  port1.postMessage({ type: "requestMany", ids, payments });
  return receipts;
}

export function brokerStats() {
  return { waiting: waiting.size };
}
