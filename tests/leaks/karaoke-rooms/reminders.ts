import { BinaryHeap } from "./vendor/binary-heap/mod.ts";

export class Reminder {
  cancelled = false;
  constructor(
    readonly id: string,
    readonly due: number,
    readonly to: string,
    readonly message: string,
    readonly meta: Record<string, string | number>,
  ) {}
}

const queue = new BinaryHeap<Reminder>((a, b) => a.due - b.due);
const byId = new Map<string, Reminder>();
export const outbox: { to: string; message: string; sentAt: string }[] = [];

// meta goes to the SMS gateway with the message and comes back on its delivery receipts.
export function schedule(
  id: string,
  due: number,
  to: string,
  message: string,
  meta: Record<string, string | number>,
): Reminder {
  const reminder = new Reminder(id, due, to, message, meta);
  queue.push(reminder);
  byId.set(id, reminder);
  return reminder;
}

export function cancel(id: string): boolean {
  const reminder = byId.get(id);
  if (!reminder) return false;
  reminder.cancelled = true;
  byId.delete(id);
  return true;
}

function deliver(reminder: Reminder) {
  outbox.push({ to: reminder.to, message: reminder.message, sentAt: new Date().toISOString() });
  if (outbox.length > 50) outbox.shift();
}

function tick() {
  const now = Date.now();
  while (queue.length > 0 && queue.peek()!.due <= now) {
    const reminder = queue.pop()!;
    if (reminder.cancelled) continue;
    byId.delete(reminder.id);
    deliver(reminder);
  }
}

setInterval(tick, 250);

export function pending() {
  return { scheduled: byId.size, nextDue: queue.peek()?.due ?? null };
}
