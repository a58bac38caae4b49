import type { Message } from "./mailbox.ts";

interface Waiter {
  user: string;
  since: number;
  resolve: (message: Message | null) => void;
}

const waiters: Waiter[] = [];

/** Resolves with the next message for `user`, or null after `timeoutMs`. */
export function waitForMessage(user: string, timeoutMs: number): Promise<Message | null> {
  const { promise, resolve } = Promise.withResolvers<Message | null>();
  waiters.push({ user, since: Date.now(), resolve });
  const timer = setTimeout(() => resolve(null), timeoutMs);
  return promise.finally(() => clearTimeout(timer));
}

/** Hands the message to whoever waits for its recipient; false when nobody does. */
export function wakeWaiters(message: Message): boolean {
  let woken = false;
  for (let i = waiters.length - 1; i >= 0; i--) {
    if (waiters[i].user !== message.to) continue;
    waiters[i].resolve(message);
    waiters.splice(i, 1);
    woken = true;
  }
  return woken;
}
