const PubSub = require("pubsub-js");

// The payout partner's simulator: every created transfer settles a couple of milliseconds later.
const recentTransfers = [];
const counts = { created: 0, settled: 0, events: 0 };

PubSub.subscribe("TRANSFER.CREATED", (_topic, transfer) => {
  counts.created++;
  setTimeout(() => {
    PubSub.publish("TRANSFER.SETTLED", { id: transfer.id, partnerRef: `PX-${transfer.id}` });
  }, 2);
});

// Every TRANSFER.* event, for the operations dashboard.
PubSub.subscribe("TRANSFER", (topic, data) => {
  counts.events++;
  if (topic === "TRANSFER.SETTLED") counts.settled++;
  recentTransfers.unshift({ topic, id: data.id, at: Date.now() });
  if (recentTransfers.length > 25) recentTransfers.pop();
});

/** Resolves once the partner has settled transfer `id`, or as "pending" after `timeoutMs`. */
function awaitSettlement(id, timeoutMs) {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      PubSub.unsubscribe(token);
      resolve({ status: "pending" });
    }, timeoutMs);
    const token = PubSub.subscribe("TRANSFER.SETTLED", (_topic, data) => {
      if (data.id !== id) return;
      clearTimeout(timer);
      PubSub.unsubscribe(token);
      resolve({ status: "settled", partnerRef: data.partnerRef });
    });
  });
}

function createTransfer(transfer) {
  PubSub.publish("TRANSFER.CREATED", transfer);
}

module.exports = { awaitSettlement, createTransfer, recentTransfers, counts };
