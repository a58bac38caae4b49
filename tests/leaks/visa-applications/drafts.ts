export interface Draft<T> {
  id: string;
  data: T;
  version: number;
  savedAt: number;
}

/** Autosaved, unfinished forms, by application id. */
export class DraftStore<T> {
  #drafts = new Map<string, Draft<T>>();

  save(id: string, data: T, expectedVersion?: number): Draft<T> {
    const current = this.#drafts.get(id);
    if (expectedVersion !== undefined && current && current.version !== expectedVersion) {
      throw new VersionConflict(id, current.version);
    }
    const draft: Draft<T> = { id, data, version: (current?.version ?? 0) + 1, savedAt: Date.now() };
    this.#drafts.set(id, draft);
    return draft;
  }

  load(id: string): Draft<T> | undefined {
    return this.#drafts.get(id);
  }

  discard(id: string): boolean {
    return this.#drafts.delete(id);
  }

  get count(): number {
    return this.#drafts.size;
  }
}

export class VersionConflict extends Error {
  constructor(readonly id: string, readonly current: number) {
    super(`draft ${id} was saved elsewhere (now version ${current})`);
  }
}
