// Transactional outbox for the CRM integration: every points change is written here in the
// same step as the balance, and the relay delivers it to the partner's events endpoint,
// retrying with backoff until the partner acknowledges it.

export interface OutboxEntry {
  id: string;
  topic: string;
  payload: Record<string, unknown>;
  createdAt: number;
  attempts: number;
  nextAttemptAt: number;
  lastError?: string;
}

const outbox = new Map<string, OutboxEntry>();
const stats = { enqueued: 0, delivered: 0, failedAttempts: 0 };

const BASE_BACKOFF_MS = 250;
const MAX_BACKOFF_MS = 15 * 60_000;
const BATCH_SIZE = 20;

export function enqueue(topic: string, payload: Record<string, unknown>): OutboxEntry {
  const entry: OutboxEntry = {
    id: crypto.randomUUID(),
    topic,
    payload,
    createdAt: Date.now(),
    attempts: 0,
    nextAttemptAt: Date.now(),
  };
  outbox.set(entry.id, entry);
  stats.enqueued++;
  return entry;
}

function backoff(attempts: number): number {
  return Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** attempts);
}

async function deliver(endpoint: string, entry: OutboxEntry) {
  try {
    const res = await fetch(endpoint, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "idempotency-key": entry.id,
        "x-event-topic": entry.topic,
      },
      body: JSON.stringify({ id: entry.id, topic: entry.topic, data: entry.payload }),
      signal: AbortSignal.timeout(5000),
    });
    await res.body?.cancel();
    if (res.status === 200) {
      outbox.delete(entry.id);
      stats.delivered++;
      return;
    }
    entry.lastError = `HTTP ${res.status}`;
  } catch (err) {
    entry.lastError = String(err);
  }
  entry.attempts++;
  entry.nextAttemptAt = Date.now() + backoff(entry.attempts);
  stats.failedAttempts++;
}

let running = false;

/** One pass of the relay: deliver what is due, a batch at a time. */
export async function relayOnce(endpoint: string) {
  if (running) return;
  running = true;
  try {
    const now = Date.now();
    const due: OutboxEntry[] = [];
    for (const entry of outbox.values()) {
      if (entry.nextAttemptAt <= now) due.push(entry);
      if (due.length === BATCH_SIZE) break;
    }
    await Promise.all(due.map((entry) => deliver(endpoint, entry)));
  } finally {
    running = false;
  }
}

export function startRelay(endpoint: string, everyMs = 100) {
  return setInterval(
    () => relayOnce(endpoint).catch((err) => console.error("relay", err)),
    everyMs,
  );
}

export function outboxStats() {
  return { pending: outbox.size, ...stats };
}
