/** Per-client rate limiting, recent-request window and in-flight cancellation for the edge. */

interface Bucket {
  tokens: number;
  lastSeen: number;
}

const MAX_CLIENTS = 64;
const CAPACITY = 30;
const buckets = new Map<string, Bucket>();

export function allow(client: string): boolean {
  const now = Date.now();
  let bucket = buckets.get(client);
  if (bucket) {
    buckets.delete(client); // re-insert below: Map order doubles as LRU order
  } else {
    bucket = { tokens: CAPACITY, lastSeen: now };
  }
  bucket.tokens = Math.min(CAPACITY, bucket.tokens + (now - bucket.lastSeen) / 200);
  bucket.lastSeen = now;
  buckets.set(client, bucket);
  if (buckets.size > MAX_CLIENTS) buckets.delete(buckets.keys().next().value!);
  if (bucket.tokens < 1) return false;
  bucket.tokens -= 1;
  return true;
}

export class Recent<T> {
  #slots: (T | undefined)[];
  #next = 0;
  constructor(readonly capacity: number) {
    this.#slots = new Array(capacity);
  }
  add(item: T) {
    this.#slots[this.#next] = item;
    this.#next = (this.#next + 1) % this.capacity;
  }
  list(): T[] {
    return [...this.#slots.slice(this.#next), ...this.#slots.slice(0, this.#next)]
      .filter((x): x is T => x !== undefined);
  }
}

const inflight = new Set<AbortController>();

export async function tracked<T>(fn: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  inflight.add(controller);
  try {
    return await fn(controller.signal);
  } finally {
    inflight.delete(controller);
  }
}

export const inflightCount = () => inflight.size;
