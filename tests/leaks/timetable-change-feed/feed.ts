export interface TimetableChange {
  seq: number;
  lesson: string;
  kind: "room" | "cover" | "cancelled" | "moved";
  from: string;
  to: string;
  reason: string;
  year: string;
  at: string;
}

interface Subscriber {
  client: string;
  year: string;
  cursor: number;
  since: number;
  polls: number;
}

export class FeedError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const LOG_SIZE = 40;
const MAX_WAIT_MS = 250;

/**
 * Today's timetable changes for the parents' and pupils' apps: each app subscribes with the
 * year group it follows and long-polls for changes after its cursor.
 */
export class ChangeFeed {
  #log: TimetableChange[] = [];
  #seq = 0;
  #subscribers = new Map<string, Subscriber>();
  #waiters = new Set<() => void>();

  append(change: Omit<TimetableChange, "seq" | "at">): TimetableChange {
    const entry: TimetableChange = { ...change, seq: ++this.#seq, at: new Date().toISOString() };
    this.#log.push(entry);
    if (this.#log.length > LOG_SIZE) this.#log.shift();
    const waiters = [...this.#waiters];
    this.#waiters.clear();
    for (const wake of waiters) wake();
    return entry;
  }

  subscribe(client: string, year: string) {
    // a fresh app gets the last few changes so the screen isn't empty
    const cursor = Math.max(0, this.#seq - 3);
    this.#subscribers.set(client, { client, year, cursor, since: Date.now(), polls: 0 });
    return { client, cursor };
  }

  unsubscribe(client: string) {
    if (!this.#subscribers.delete(client)) throw new FeedError(404, `no subscriber ${client}`);
    return { client, unsubscribed: true };
  }

  async poll(client: string, waitMs: number): Promise<TimetableChange[]> {
    const sub = this.#subscribers.get(client);
    if (!sub) throw new FeedError(404, `no subscriber ${client}`);
    sub.polls++;
    let changes = this.#pending(sub);
    if (changes.length === 0 && waitMs > 0) {
      await this.#waitForAppend(Math.min(waitMs, MAX_WAIT_MS));
      changes = this.#pending(sub);
    }
    if (changes.length > 0) sub.cursor = changes[changes.length - 1].seq;
    return changes;
  }

  #pending(sub: Subscriber): TimetableChange[] {
    return this.#log.filter((c) => c.seq > sub.cursor && (c.year === sub.year || c.year === "all"));
  }

  #waitForAppend(ms: number): Promise<void> {
    return new Promise((resolve) => {
      let timer: ReturnType<typeof setTimeout> | undefined = undefined;
      const wake = () => {
        clearTimeout(timer);
        this.#waiters.delete(wake);
        resolve();
      };
      timer = setTimeout(wake, ms);
      this.#waiters.add(wake);
    });
  }

  stats() {
    return {
      head: this.#seq,
      kept: this.#log.length,
      subscribers: this.#subscribers.size,
      waiting: this.#waiters.size,
    };
  }
}
