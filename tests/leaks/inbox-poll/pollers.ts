import type { Response } from "express";
import type { Message } from "./mailbox.ts";

// Long-poll clients waiting for their inbox, by user.
interface Poller {
  res: Response;
  since: number;
  startedAt: number;
  timer: ReturnType<typeof setTimeout>;
}

const pollers = new Map<string, Set<Poller>>();

/** Parks the response until a message for `user` arrives or `waitMs` passes (then 204). */
export function park(user: string, since: number, res: Response, waitMs: number) {
  let waiting = pollers.get(user);
  if (!waiting) {
    waiting = new Set();
    pollers.set(user, waiting);
  }
  const poller: Poller = {
    res,
    since,
    startedAt: Date.now(),
    timer: setTimeout(() => {
      if (!res.headersSent) res.status(204).set("x-next-since", String(since)).end();
    }, waitMs),
  };
  waiting.add(poller);
}

/** Answers everyone waiting on `user`'s inbox with the new message. */
export function wake(user: string, message: Message) {
  const waiting = pollers.get(user);
  if (!waiting) return;
  for (const poller of waiting) {
    clearTimeout(poller.timer);
    if (poller.res.headersSent) continue;
    poller.res.set("x-next-since", String(message.seq)).json({ messages: [message] });
  }
  pollers.delete(user);
}

export function pollerStats() {
  let parked = 0;
  for (const waiting of pollers.values()) parked += waiting.size;
  return { inboxes: pollers.size, parked };
}
