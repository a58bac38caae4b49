export interface Message<T> {
  id: string;
  body: T;
  receives: number;
  sentAt: number;
}

interface InFlight<T> {
  message: Message<T>;
  consumer: string;
  deadline: number;
}

export interface QueueOptions {
  visibilityMs: number;
  maxReceives: number;
  maxDead: number;
  /** Waiting messages older than this are dropped (and dead-lettered). */
  retentionMs: number;
}

/**
 * A work queue with a visibility timeout: a received message is hidden until it is completed
 * or its deadline passes, then it goes back on the queue; after maxReceives it is dead-lettered.
 */
export class WorkQueue<T> {
  #ready: Message<T>[] = [];
  #inFlight = new Map<string, InFlight<T>>();
  #dead: { id: string; receives: number; lastConsumer: string; at: string }[] = [];
  #timer: ReturnType<typeof setInterval>;
  stats = { sent: 0, received: 0, completed: 0, expired: 0, dead: 0 };

  constructor(readonly options: QueueOptions) {
    this.#timer = setInterval(() => this.sweep(), Math.min(50, options.visibilityMs));
  }

  send(id: string, body: T) {
    this.#ready.push({ id, body, receives: 0, sentAt: Date.now() });
    this.stats.sent++;
  }

  receive(consumer: string): Message<T> | undefined {
    const message = this.#ready.shift();
    if (!message) return undefined;
    message.receives++;
    this.#inFlight.set(message.id, {
      message,
      consumer,
      deadline: Date.now() + this.options.visibilityMs,
    });
    this.stats.received++;
    return message;
  }

  /** Done with `id`, whether a consumer holds it or it is still waiting. */
  complete(id: string): boolean {
    if (this.#inFlight.delete(id)) {
      this.stats.completed++;
      return true;
    }
    const i = this.#ready.findIndex((m) => m.id === id);
    if (i === -1) return false;
    this.#ready.splice(i, 1);
    this.stats.completed++;
    return true;
  }

  sweep() {
    const now = Date.now();
    const cutoff = now - this.options.retentionMs;
    if (this.#ready.some((m) => m.sentAt <= cutoff)) {
      for (const stale of this.#ready.filter((m) => m.sentAt <= cutoff)) {
        this.#bury(stale.id, stale.receives, "(waiting)");
      }
      this.#ready = this.#ready.filter((m) => m.sentAt > cutoff);
    }
    for (const [id, held] of this.#inFlight) {
      if (held.deadline > now) continue;
      this.#inFlight.delete(id);
      this.stats.expired++;
      if (held.message.receives >= this.options.maxReceives) {
        this.#bury(id, held.message.receives, held.consumer);
      } else {
        this.#ready.push(held.message);
      }
    }
  }

  #bury(id: string, receives: number, lastConsumer: string) {
    this.#dead.unshift({ id, receives, lastConsumer, at: new Date().toISOString() });
    if (this.#dead.length > this.options.maxDead) this.#dead.length = this.options.maxDead;
    this.stats.dead++;
  }

  depth() {
    return { ready: this.#ready.length, inFlight: this.#inFlight.size, dead: this.#dead.length };
  }

  deadLetters() {
    return this.#dead.slice();
  }

  close() {
    clearInterval(this.#timer);
  }
}
