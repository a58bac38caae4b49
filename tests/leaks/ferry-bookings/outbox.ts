// Booking events for the port's passenger system, relayed through an outbox: a relay pass
// starts as soon as an event is queued and sends what is due in batches until nothing is left;
// a timer picks up retries.

interface OutboxEntry {
  id: string;
  topic: string;
  payload: Record<string, unknown>;
  attempts: number;
  nextAttemptAt: number;
  lastError?: string;
}

const BATCH_SIZE = 50;

const outbox = new Map<string, OutboxEntry>();
const stats = { enqueued: 0, delivered: 0, batches: 0, retries: 0 };
let endpoint: string | undefined;
let relaying = false;
let more = false;

export function enqueue(topic: string, payload: Record<string, unknown>) {
  const id = crypto.randomUUID();
  outbox.set(id, { id, topic, payload, attempts: 0, nextAttemptAt: Date.now() });
  stats.enqueued++;
  relay().catch((err) => console.error("relay", err));
}

async function deliverBatch(url: string, batch: OutboxEntry[]) {
  const controller = new AbortController();
  const timeout = setTimeout(() => controller.abort(new Error("port system timed out")), 5000);
  let error: string;
  try {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        events: batch.map((e) => ({ id: e.id, topic: e.topic, data: e.payload })),
      }),
      signal: controller.signal,
    });
    await res.body?.cancel();
    if (res.ok) {
      for (const entry of batch) outbox.delete(entry.id);
      stats.delivered += batch.length;
      stats.batches++;
      return;
    }
    error = `HTTP ${res.status}`;
  } catch (err) {
    error = String(err);
  } finally {
    clearTimeout(timeout);
  }
  for (const entry of batch) {
    entry.attempts++;
    entry.lastError = error;
    entry.nextAttemptAt = Date.now() + Math.min(60_000, 200 * 2 ** entry.attempts);
  }
  stats.retries += batch.length;
}

async function relay() {
  if (!endpoint) return;
  if (relaying) {
    more = true;
    return;
  }
  relaying = true;
  try {
    do {
      more = false;
      const now = Date.now();
      const due: OutboxEntry[] = [];
      for (const entry of outbox.values()) {
        if (entry.nextAttemptAt > now) continue;
        due.push(entry);
        if (due.length === BATCH_SIZE) break;
      }
      if (due.length === 0) break;
      await deliverBatch(endpoint, due);
      if (due.length === BATCH_SIZE) more = true;
    } while (more);
  } finally {
    relaying = false;
  }
}

export function startRelay(url: string) {
  endpoint = url;
  return setInterval(() => relay().catch((err) => console.error("relay", err)), 250);
}

export function outboxStats() {
  return { pending: outbox.size, ...stats };
}
