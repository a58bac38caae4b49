import type { DraftBucket } from "./storage.ts";

export interface Draft {
  id: string;
  list: string;
  subject: string;
  preheader: string;
  body: string;
  author: string;
  rev: number;
  editedAt: string;
  savedAt?: string;
}

export type DraftChanges = Partial<Pick<Draft, "subject" | "preheader" | "body" | "list">>;

/** Edits are saved once the editor has paused typing for this long. */
export const SAVE_AFTER_MS = 120;

/**
 * Newsletter drafts being edited. Every keystroke batch comes in as a PATCH; the latest
 * version is saved to the bucket once the editor pauses.
 */
export class DraftDesk {
  #pending = new Map<string, Draft>();
  #timers = new Map<string, ReturnType<typeof setTimeout>>();
  #bucket: DraftBucket;
  saves = 0;
  failedSaves = 0;

  constructor(bucket: DraftBucket) {
    this.#bucket = bucket;
  }

  create(id: string, author: string, changes: DraftChanges) {
    const base: Draft = {
      id,
      list: "members",
      subject: "",
      preheader: "",
      body: "",
      author,
      rev: 0,
      editedAt: new Date().toISOString(),
    };
    return this.#stage(id, base, changes);
  }

  edit(id: string, changes: DraftChanges) {
    const current = this.#pending.get(id);
    if (!current) return null;
    return this.#stage(id, current, changes);
  }

  get(id: string): Draft | undefined {
    return this.#pending.get(id);
  }

  #stage(id: string, current: Draft, changes: DraftChanges) {
    const draft: Draft = {
      ...current,
      ...changes,
      rev: current.rev + 1,
      editedAt: new Date().toISOString(),
    };
    this.#pending.set(id, draft);
    clearTimeout(this.#timers.get(id));
    this.#timers.set(id, setTimeout(() => this.#save(id), SAVE_AFTER_MS));
    return { id, rev: draft.rev, saveInMs: SAVE_AFTER_MS };
  }

  async #save(id: string) {
    this.#timers.delete(id);
    const latest = this.#pending.get(id);
    if (!latest) return;
    const draft = { ...latest, savedAt: new Date().toISOString() };
    try {
      await this.#bucket.put(`drafts/${draft.list}/${id}.json`, draft);
      this.saves++;
    } catch {
      this.failedSaves++;
      return;
    }
    // an edit that arrived while we were writing stays pending for its own save
    if (this.#pending.get(id) === draft) this.#pending.delete(id);
  }

  stats() {
    return { editing: this.#timers.size, saves: this.saves, failedSaves: this.failedSaves };
  }
}
