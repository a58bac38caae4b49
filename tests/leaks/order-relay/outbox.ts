export interface OutboxEvent {
  id: string;
  aggregateId: string;
  version: number;
  type: string;
  final: boolean;
  payload: unknown;
  createdAt: number;
}

const RELAY_EVERY_MS = 100;
const outbox: OutboxEvent[] = [];
const lastSent = new Map<string, number>();
const delivered = { count: 0, lastType: "" };

export function enqueue(event: Omit<OutboxEvent, "id" | "createdAt">) {
  outbox.push({ ...event, id: crypto.randomUUID(), createdAt: Date.now() });
}

async function publish(event: OutboxEvent) {
  // The warehouse and CRM consumers read these from the broker; sending is a local hand-off here.
  await Promise.resolve();
  delivered.count++;
  delivered.lastType = event.type;
}

async function relay() {
  for (let i = 0; i < outbox.length;) {
    const event = outbox[i];
    const expected = (lastSent.get(event.aggregateId) ?? 0) + 1;
    if (event.version !== expected) {
      i++;
      continue;
    }
    await publish(event);
    outbox.splice(i, 1);
    if (event.final) lastSent.delete(event.aggregateId);
    else lastSent.set(event.aggregateId, event.version);
  }
}

let relaying = false;
setInterval(async () => {
  if (relaying) return;
  relaying = true;
  try {
    await relay();
  } finally {
    relaying = false;
  }
}, RELAY_EVERY_MS);

export function relayStats() {
  return { waiting: outbox.length, delivered: delivered.count, lastType: delivered.lastType };
}
