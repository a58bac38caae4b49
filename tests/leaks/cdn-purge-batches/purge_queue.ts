import type { EdgePurgeClient } from "./vendor/edge_purge.ts";

interface BatchRecord {
  id: string;
  urls: number;
  requestedBy: string[];
  sentAt: string;
  ok: boolean;
  error?: string;
}

const FLUSH_MS = 200;
const MAX_BATCH = 30;
const HISTORY = 20;

/**
 * Purges wait a moment so that a burst of publishes becomes one API call; a URL asked for
 * twice before the flush is sent once.
 */
export class PurgeQueue {
  #pending = new Map<string, Set<string>>();
  #history: BatchRecord[] = [];
  #timer: ReturnType<typeof setInterval>;
  #flushing = false;
  sent = 0;

  constructor(private client: EdgePurgeClient) {
    this.#timer = setInterval(() => this.flush(), FLUSH_MS);
  }

  enqueue(urls: string[], requestedBy: string): number {
    for (const url of urls) {
      let who = this.#pending.get(url);
      if (!who) {
        who = new Set();
        this.#pending.set(url, who);
      }
      who.add(requestedBy);
    }
    return this.#pending.size;
  }

  async flush(): Promise<void> {
    if (this.#flushing || this.#pending.size === 0) return;
    this.#flushing = true;
    try {
      while (this.#pending.size) {
        const batch = [...this.#pending.keys()].slice(0, MAX_BATCH);
        const requestedBy = new Set<string>();
        for (const url of batch) {
          for (const who of this.#pending.get(url)!) requestedBy.add(who);
          this.#pending.delete(url);
        }
        const record: BatchRecord = {
          id: "",
          urls: batch.length,
          requestedBy: [...requestedBy].slice(0, 5),
          sentAt: new Date().toISOString(),
          ok: true,
        };
        try {
          const result = await this.client.purgeUrls(batch);
          record.id = result.id;
          this.sent += batch.length;
        } catch (err) {
          record.ok = false;
          record.error = (err as Error).message;
        }
        this.#history.unshift(record);
        if (this.#history.length > HISTORY) this.#history.length = HISTORY;
      }
    } finally {
      this.#flushing = false;
    }
  }

  recent(): BatchRecord[] {
    return this.#history.slice(0, 10);
  }

  get waiting(): number {
    return this.#pending.size;
  }

  stop() {
    clearInterval(this.#timer);
  }
}
