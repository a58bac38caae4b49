// The output bucket. In production this is object storage with a lifecycle rule that deletes
// objects a day after they were written; here it is kept in memory with the same rule.

export interface ObjectHead {
  key: string;
  size: number;
  contentType: string;
  writtenAt: number;
}

const LIFETIME_MS = 24 * 60 * 60 * 1000;

export class ObjectStore {
  #objects = new Map<string, { head: ObjectHead; body: Uint8Array }>();

  constructor() {
    setInterval(() => this.#expire(), 250);
  }

  put(key: string, body: Uint8Array, contentType: string): Promise<ObjectHead> {
    const head = { key, size: body.byteLength, contentType, writtenAt: Date.now() };
    this.#objects.set(key, { head, body });
    return Promise.resolve(head);
  }

  head(key: string): Promise<ObjectHead | null> {
    return Promise.resolve(this.#objects.get(key)?.head ?? null);
  }

  get(key: string): Promise<Uint8Array | null> {
    return Promise.resolve(this.#objects.get(key)?.body ?? null);
  }

  delete(key: string): Promise<boolean> {
    return Promise.resolve(this.#objects.delete(key));
  }

  #expire() {
    const cutoff = Date.now() - LIFETIME_MS;
    for (const [key, { head }] of this.#objects) {
      if (head.writtenAt < cutoff) this.#objects.delete(key);
    }
  }
}
