import type { Hit } from "./catalogue.ts";

export interface Page {
  offset: number;
  items: Hit[];
  more: boolean;
}

interface OpenSearch {
  key: string;
  query: string;
  total: number;
  pages: Generator<Page, void, unknown>;
  openedAt: number;
}

function* paginate(hits: Hit[], size: number): Generator<Page, void, unknown> {
  for (let offset = 0; offset < hits.length; offset += size) {
    yield { offset, items: hits.slice(offset, offset + size), more: offset + size < hits.length };
  }
}

/**
 * Infinite scroll in the parts finder: the first request runs the search and the app then asks
 * for more with the same session and query. We page over the hits as they were when the search
 * ran, so the list doesn't shift under the user while stock levels change.
 */
export class CursorStore {
  #cursors = new Map<string, OpenSearch>();

  open(key: string, query: string, hits: Hit[], size: number): Page {
    const entry = {
      key,
      query,
      total: hits.length,
      pages: paginate(hits, size),
      openedAt: Date.now(),
    };
    this.#cursors.set(key, entry);
    return this.#step(entry) ?? { offset: 0, items: [], more: false };
  }

  more(key: string): Page | undefined {
    const entry = this.#cursors.get(key);
    return entry && this.#step(entry);
  }

  #step(entry: OpenSearch): Page | undefined {
    const step = entry.pages.next();
    if (step.done) {
      this.#cursors.delete(entry.key);
      return undefined;
    }
    return step.value;
  }

  get size(): number {
    return this.#cursors.size;
  }
}
