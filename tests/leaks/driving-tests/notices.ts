import type { Slot } from "./slots.ts";

interface Notice {
  to: string;
  text: string;
  at: number;
}

const FLUSH_AFTER_MS = 150;
const OUTBOX_LIMIT = 100;

let pending: Notice[] = [];
let flushTimer: ReturnType<typeof setTimeout> | undefined;
/** What the SMS gateway was last handed, for support. */
export const outbox: Notice[] = [];

function flush() {
  flushTimer = undefined;
  const batch = pending;
  pending = [];
  outbox.push(...batch);
  if (outbox.length > OUTBOX_LIMIT) outbox.splice(0, outbox.length - OUTBOX_LIMIT);
}

export function notify(to: string, slot: Slot, what: string) {
  pending.push({
    to,
    text: `${what}: ${slot.centre} ${slot.startsAt} with ${slot.examiner}`,
    at: Date.now(),
  });
  flushTimer ??= setTimeout(flush, FLUSH_AFTER_MS);
}
