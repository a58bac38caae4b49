"use strict";

// Text messages (pick-up receipts and return reminders) go to the SMS gateway in batches of 10,
// or 200 ms after the first one waiting.
const MAX_BATCH = 10;
const MAX_WAIT_MS = 200;

let batch = [];
let timer;
const sent = { batches: 0, texts: 0 };

function flush() {
  clearTimeout(timer);
  timer = undefined;
  if (batch.length === 0) return;
  const texts = batch;
  batch = [];
  sent.batches++;
  sent.texts += texts.length;
}

function text(to, body) {
  batch.push({ to, body, at: Date.now() });
  if (batch.length >= MAX_BATCH) flush();
  else if (!timer) timer = setTimeout(flush, MAX_WAIT_MS);
}

module.exports = { text, textStats: () => ({ ...sent, waiting: batch.length }) };
