/**
 * Saved drafts, most recently saved last. Only the newest MAX_DRAFTS stay in memory; older
 * ones would be read back from object storage (not part of this service).
 */
export interface Draft {
  id: string;
  formId: string;
  owner: string;
  fields: Record<string, string>;
  revision: number;
  savedAt: string;
}

const MAX_DRAFTS = 150;

export class DraftStore {
  #drafts = new Map<string, Draft>();
  writes = 0;

  save(draft: Draft): void {
    // Re-inserting moves the draft to the newest end.
    this.#drafts.delete(draft.id);
    this.#drafts.set(draft.id, draft);
    this.writes++;
    while (this.#drafts.size > MAX_DRAFTS) {
      const oldest = this.#drafts.keys().next().value!;
      this.#drafts.delete(oldest);
    }
  }

  get(id: string): Draft | undefined {
    return this.#drafts.get(id);
  }

  get size(): number {
    return this.#drafts.size;
  }
}
