import type { Batch, Journal } from "./journal.ts";
import { type RecorderApi, toRecord } from "./recorder.ts";

/**
 * The journal as an endless sequence of batches, from `after` on. If the consumer stops
 * while holding a batch (shutdown), the batch is noted as unshipped.
 */
export async function* batches(journal: Journal, after: number): AsyncGenerator<Batch> {
  const batch = await journal.nextBatch(after);
  let shipped = false;
  try {
    yield batch;
    shipped = true;
    yield* batches(journal, batch.next);
  } finally {
    if (!shipped) journal.markUnshipped(batch);
  }
}

/** Ships new sightings to the county recorder as they arrive. */
export class RecorderSync {
  #feed: AsyncGenerator<Batch>;
  #running = false;
  shipped = 0;
  lastShippedAt?: string;
  lastError?: string;

  constructor(journal: Journal, private readonly api: RecorderApi) {
    this.#feed = batches(journal, journal.head());
  }

  async run() {
    if (this.#running) return;
    this.#running = true;
    for await (const batch of this.#feed) {
      try {
        await this.api.submit(batch.items.map(toRecord));
        this.shipped += batch.items.length;
        this.lastShippedAt = new Date().toISOString();
      } catch (err) {
        this.lastError = (err as Error).message;
      }
    }
  }

  async stop() {
    await this.#feed.return(undefined);
  }

  status() {
    return { shipped: this.shipped, lastShippedAt: this.lastShippedAt, lastError: this.lastError };
  }
}
