import type { Slot } from "./slots.ts";

type Waiter = (slot: Slot | null) => void;

/** Instructors long-poll for slots that come free at a centre. */
const waiting = new Map<string, Set<Waiter>>();

export function waitForSlot(centre: string, ms: number, signal: AbortSignal): Promise<Slot | null> {
  return new Promise((resolve) => {
    let set = waiting.get(centre);
    if (!set) waiting.set(centre, set = new Set());
    const waiters = set;
    const done: Waiter = (slot) => {
      clearTimeout(timer);
      signal.removeEventListener("abort", onAbort);
      waiters.delete(done);
      if (waiters.size === 0) waiting.delete(centre);
      resolve(slot);
    };
    const onAbort = () => done(null);
    const timer = setTimeout(() => done(null), ms);
    signal.addEventListener("abort", onAbort, { once: true });
    waiters.add(done);
  });
}

export function slotReleased(slot: Slot) {
  const waiters = waiting.get(slot.centre);
  if (!waiters) return;
  // Whoever has waited longest gets it first.
  const [first] = waiters;
  first(slot);
}
