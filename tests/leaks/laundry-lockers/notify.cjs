"use strict";

// Text messages go to the SMS provider in batches: ten at a time, or 150 ms after the first
// one queued.
const MAX_BATCH = 10;
const MAX_WAIT_MS = 150;

let queue = [];
let timer = null;
const stats = { batches: 0, messages: 0 };

function flush() {
  clearTimeout(timer);
  timer = null;
  if (queue.length === 0) return;
  const batch = queue;
  queue = [];
  const payload = JSON.stringify({ sender: "WasBox", messages: batch });
  stats.batches++;
  stats.messages += batch.length;
  stats.lastPayloadBytes = payload.length;
}

function text(to, body) {
  queue.push({ to, body });
  if (queue.length >= MAX_BATCH) flush();
  else if (!timer) timer = setTimeout(flush, MAX_WAIT_MS);
}

module.exports = { text, smsStats: () => ({ ...stats, queued: queue.length }) };
