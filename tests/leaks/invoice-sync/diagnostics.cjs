"use strict";

// Process-level diagnostics. An unhandled rejection used to crash the service (Node's default);
// now it is logged and kept until something handles the promise after all, so /debug/rejections
// shows what is failing in the background.

const pendingRejections = new Map();
let unhandledTotal = 0;

process.on("unhandledRejection", (reason, promise) => {
  unhandledTotal++;
  pendingRejections.set(promise, {
    reason,
    firstSeen: Date.now(),
  });
  // log the first few, then a sample, so a failing dependency does not flood the logs
  if (unhandledTotal <= 3 || unhandledTotal % 500 === 0) {
    console.warn(`unhandled rejection #${unhandledTotal}:`, reason?.message ?? reason);
  }
});

process.on("rejectionHandled", (promise) => {
  pendingRejections.delete(promise);
});

function rejectionReport(limit = 10) {
  const byMessage = new Map();
  for (const { reason, firstSeen } of pendingRejections.values()) {
    const message = String(reason?.message ?? reason);
    const entry = byMessage.get(message) ?? { message, count: 0, firstSeen };
    entry.count++;
    entry.firstSeen = Math.min(entry.firstSeen, firstSeen);
    byMessage.set(message, entry);
  }
  return {
    total: unhandledTotal,
    open: pendingRejections.size,
    top: [...byMessage.values()]
      .sort((a, b) => b.count - a.count)
      .slice(0, limit)
      .map((e) => ({ ...e, firstSeen: new Date(e.firstSeen).toISOString() })),
  };
}

module.exports = { rejectionReport };
