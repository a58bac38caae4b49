import { shutdown } from "./lifecycle.ts";
import type { Comment, Thread, Waiter } from "./threads.ts";

/** How long a long-poll waits for a new comment before answering with nothing. */
export const POLL_WAIT_MS = 200;

/**
 * Comments after `after`, now if there are any, else when the next one comes in (or the thread
 * is resolved, or the wait runs out, or the server stops).
 */
export function waitForComments(
  thread: Thread,
  after: number,
  waitMs = POLL_WAIT_MS,
): Promise<Comment[]> {
  const ready = thread.comments.filter((c) => c.seq > after);
  if (ready.length || thread.resolved) return Promise.resolve(ready);

  return new Promise((resolve) => {
    const deliver = (comments: Comment[]) => {
      clearTimeout(timer);
      thread.waiters.delete(waiter);
      shutdown.signal.removeEventListener("abort", onShutdown);
      resolve(comments);
    };
    const onShutdown = () => deliver([]);
    const waiter: Waiter = { after, deliver };
    thread.waiters.add(waiter);
    shutdown.signal.addEventListener("abort", onShutdown);
    const timer: ReturnType<typeof setTimeout> = setTimeout(() => {
      thread.waiters.delete(waiter);
      resolve([]);
    }, waitMs);
  });
}
