// Write-behind persistence for reading lists: edits mark a list dirty and the autosaver writes
// every dirty list out a couple of times a second (and once more on shutdown), so a request
// never waits for storage.

import type { ReadingList } from "./reading_list.ts";

export interface ListStore {
  write(id: string, json: string): void;
}

export class Autosaver {
  #tracked = new Set<ReadingList>();
  #store: ListStore;
  #writes = 0;
  #lastFlush = 0;

  constructor(store: ListStore, intervalMs = 500) {
    this.#store = store;
    setInterval(() => this.flush(), intervalMs);
    globalThis.addEventListener("unload", () => this.flush());
  }

  /** Every list is tracked from construction, so none can be edited without being saved. */
  track(list: ReadingList): void {
    this.#tracked.add(list);
  }

  flush(): number {
    let written = 0;
    for (const list of this.#tracked) {
      if (!list.dirty) continue;
      this.#store.write(list.id, JSON.stringify(list.toRecord()));
      list.dirty = false;
      written++;
    }
    this.#writes += written;
    this.#lastFlush = Date.now();
    return written;
  }

  stats() {
    return { writes: this.#writes, lastFlush: new Date(this.#lastFlush).toISOString() };
  }
}

/** Stands in for the document store: the latest JSON of each list. */
export const listStore = {
  documents: new Map<string, string>(),
  write(id: string, json: string) {
    if (id) this.documents.set(id, json);
  },
};

export const autosave = new Autosaver(listStore);
