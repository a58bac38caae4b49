"use strict";

const { BatchBuffer } = require("batch-buffer");

let shippedBatches = 0;

// Stands in for the POST to the metrics vendor's ingest API.
function ship(points) {
  return new Promise((resolve) => {
    setTimeout(() => {
      shippedBatches++;
      resolve({ accepted: points.length });
    }, 2);
  });
}

const pointBuffer = new BatchBuffer({ size: 100, flush: ship });

function recordRequest({ route, method, status, ms, user }) {
  const ts = Date.now();
  const tags = { route, method, status: String(status), user };
  pointBuffer.add(
    { name: "http.requests", kind: "counter", value: 1, tags, ts },
    { name: "http.duration_ms", kind: "histogram", value: ms, tags, ts },
    { name: "http.response_bytes", kind: "gauge", value: ms * 113 | 0, tags: { ...tags }, ts },
  );
}

function status() {
  return { pending: pointBuffer.pending, shippedBatches, shippedPoints: pointBuffer.flushed };
}

module.exports = { recordRequest, status, pointBuffer };
