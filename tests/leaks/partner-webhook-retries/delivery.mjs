// Delivers order events to every partner, retrying failures with exponential backoff and
// jitter; after MAX_ATTEMPTS the delivery goes to the dead-letter list for the on-call.

const MAX_ATTEMPTS = 4;
const BASE_DELAY_MS = 10;
const MAX_JITTER_MS = 10;
const DEAD_LETTER_LIMIT = 100;

const retryQueue = new Map(); // `${partner}:${eventId}` -> delivery
const deadLetters = [];
const metrics = { delivered: 0, retried: 0, dead: 0 };

function backoff(attempts) {
  return BASE_DELAY_MS * 2 ** (attempts - 1) + Math.floor(Math.random() * MAX_JITTER_MS);
}

function recordDeadLetter(delivery) {
  deadLetters.push({
    key: delivery.key,
    partner: delivery.partner.name,
    eventId: delivery.event.id,
    attempts: delivery.attempts,
    lastError: delivery.lastError,
    at: new Date().toISOString(),
  });
  if (deadLetters.length > DEAD_LETTER_LIMIT) deadLetters.shift();
  metrics.dead++;
}

async function attempt(delivery) {
  delivery.attempts++;
  delivery.timer = null;
  try {
    delivery.lastStatus = await delivery.partner.post(delivery.event, {
      "content-type": "application/json",
      "x-webhook-id": delivery.event.id,
      "x-webhook-attempt": String(delivery.attempts),
    });
    retryQueue.delete(delivery.key);
    metrics.delivered++;
  } catch (err) {
    delivery.lastError = err.message;
    delivery.lastStatus = err.status ?? null;
    if (delivery.attempts >= MAX_ATTEMPTS) {
      delivery.state = "dead";
      recordDeadLetter(delivery);
      return;
    }
    const delay = backoff(delivery.attempts);
    delivery.nextAttemptAt = Date.now() + delay;
    delivery.timer = setTimeout(() => attempt(delivery), delay);
    metrics.retried++;
  }
}

export function deliver(partner, event) {
  const key = `${partner.name}:${event.id}`;
  const delivery = {
    key,
    partner,
    event,
    attempts: 0,
    state: "retrying",
    nextAttemptAt: Date.now(),
    lastError: null,
    lastStatus: null,
    timer: null,
  };
  retryQueue.set(key, delivery);
  attempt(delivery);
}

export function deliveryStatus() {
  const retrying = [...retryQueue.values()].filter((d) => d.state === "retrying").length;
  return { ...metrics, retrying, deadLetters: deadLetters.slice(-10) };
}
