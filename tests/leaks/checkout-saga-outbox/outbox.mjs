import { randomUUID } from "node:crypto";

/**
 * Messages written with the state change they announce, and dispatched to the broker by a
 * relay every 50 ms (up to 200 at once); a message leaves the table once the broker has acknowledged it, or goes
 * to the (capped) dead letters after five failed attempts.
 */
const RELAY_EVERY_MS = 50;
const MAX_ATTEMPTS = 5;
const DEAD_LETTERS = 50;
const BATCH = 200;

export const outbox = new Map();
export const deadLetters = [];
const sent = { total: 0, byTopic: new Map() };

let brokerCalls = 0;
/** The broker client: a few ms a publish, and one publish in 25 times out. */
function publish(_message) {
  return new Promise((resolve, reject) => {
    setTimeout(() => {
      if (++brokerCalls % 25 === 0) reject(new Error("broker timeout"));
      else resolve({ offset: brokerCalls });
    }, 2);
  });
}

export function enqueue(topic, key, payload) {
  const message = { id: randomUUID(), topic, key, payload, attempts: 0, createdAt: Date.now() };
  outbox.set(message.id, message);
  return message.id;
}

async function dispatch(message) {
  try {
    await publish(message);
    outbox.delete(message.id);
    sent.total++;
    sent.byTopic.set(message.topic, (sent.byTopic.get(message.topic) ?? 0) + 1);
  } catch (err) {
    message.attempts++;
    message.lastError = err.message;
    if (message.attempts >= MAX_ATTEMPTS) {
      outbox.delete(message.id);
      deadLetters.push(message);
      if (deadLetters.length > DEAD_LETTERS) deadLetters.shift();
    }
  }
}

let relaying = false;
async function relay() {
  if (relaying) return;
  relaying = true;
  try {
    // Oldest first, up to BATCH in flight at once.
    const batch = [];
    for (const message of outbox.values()) {
      batch.push(message);
      if (batch.length === BATCH) break;
    }
    await Promise.all(batch.map(dispatch));
  } finally {
    relaying = false;
  }
}

setInterval(relay, RELAY_EVERY_MS);

export function outboxStats() {
  return {
    waiting: outbox.size,
    sent: sent.total,
    byTopic: Object.fromEntries(sent.byTopic),
    dead: deadLetters.length,
  };
}
