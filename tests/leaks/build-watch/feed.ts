// Build events per pipeline, and long-poll waiters for the next ones. The last KEEP events are
// kept for late pollers; a waiter leaves the set however it ends (an event, its timeout, the
// client hanging up, shutdown), and its abort listener comes off with it.

export interface BuildEvent {
  seq: number;
  pipeline: string;
  build: string;
  state: "queued" | "running" | "passed" | "failed";
  commit: string;
  at: number;
}

interface Waiter {
  pipeline: string;
  wake: (events: BuildEvent[]) => void;
}

const KEEP = 48;

export class BuildFeed {
  #events: BuildEvent[] = [];
  #seq = 0;
  #waiters = new Set<Waiter>();

  get seq() {
    return this.#seq;
  }

  publish(pipeline: string, build: string, state: BuildEvent["state"], commit: string): BuildEvent {
    const event = { seq: ++this.#seq, pipeline, build, state, commit, at: Date.now() };
    this.#events.push(event);
    if (this.#events.length > KEEP) this.#events.splice(0, this.#events.length - KEEP);
    for (const waiter of [...this.#waiters]) {
      if (waiter.pipeline === pipeline) waiter.wake([event]);
    }
    return event;
  }

  since(pipeline: string, seq: number): BuildEvent[] {
    return this.#events.filter((e) => e.pipeline === pipeline && e.seq > seq);
  }

  next(
    pipeline: string,
    since: number,
    waitMs: number,
    signal: AbortSignal,
  ): Promise<BuildEvent[]> {
    const ready = this.since(pipeline, since);
    if (ready.length > 0 || signal.aborted) return Promise.resolve(ready);
    return new Promise((resolve) => {
      const finish = (events: BuildEvent[]) => {
        clearTimeout(timer);
        this.#waiters.delete(waiter);
        signal.removeEventListener("abort", onAbort);
        resolve(events);
      };
      const onAbort = () => finish([]);
      const waiter: Waiter = { pipeline, wake: finish };
      const timer = setTimeout(() => finish([]), waitMs);
      this.#waiters.add(waiter);
      signal.addEventListener("abort", onAbort);
    });
  }

  /** On shutdown: every waiter gets an empty answer now. */
  release() {
    for (const waiter of [...this.#waiters]) waiter.wake([]);
  }

  get waiting() {
    return this.#waiters.size;
  }
}
