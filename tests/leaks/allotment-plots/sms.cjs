"use strict";

/**
 * Text messages to applicants through the SMS gateway (a stand-in that refuses every fifth
 * message with a 429), retried within a retry budget over the last second (or
 * the last 64 sends, if fewer).
 */
const { setTimeout: sleep } = require("node:timers/promises");

const WINDOW_MS = 1000;
const MAX_TRACKED = 64;
const RATIO = 0.25;
const sends = [];
let gatewayCalls = 0;
const delivered = { total: 0, dropped: 0 };

function prune(now) {
  while (sends.length > 0 && sends[0].at < now - WINDOW_MS) sends.shift();
  if (sends.length > MAX_TRACKED) sends.splice(0, sends.length - MAX_TRACKED);
}

function budgetLeft() {
  const retries = sends.filter((s) => s.attempt > 1).length;
  return retries < 4 + RATIO * (sends.length - retries);
}

async function gateway(to, text) {
  await sleep(1);
  if (++gatewayCalls % 5 === 0) throw Object.assign(new Error("429 slow down"), { retry: true });
  return { to, parts: Math.ceil(text.length / 153) };
}

async function sendText(to, text) {
  for (let attempt = 1; attempt <= 3; attempt++) {
    const now = Date.now();
    prune(now);
    sends.push({ at: now, to, attempt });
    try {
      const result = await gateway(to, text);
      delivered.total++;
      return result;
    } catch (err) {
      if (!err.retry || !budgetLeft()) break;
      await sleep(10 * attempt);
    }
  }
  delivered.dropped++;
  return null;
}

module.exports = { sendText, smsStats: () => ({ ...delivered, inWindow: sends.length }) };
