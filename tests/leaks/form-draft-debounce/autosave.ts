/**
 * Autosave for long forms: the browser sends every change; we write a draft once the user has
 * stopped typing for QUIET_MS, merging the changes that came in meanwhile.
 */
import type { Draft, DraftStore } from "./draft_store.ts";

const QUIET_MS = 40;

interface PendingSave {
  draft: Draft;
  timer: ReturnType<typeof setTimeout>;
  changes: number;
}

export class Autosaver {
  #pending = new Map<string, PendingSave>();
  saved = 0;
  merged = 0;

  constructor(private store: DraftStore) {}

  change(id: string, base: Omit<Draft, "revision" | "savedAt">): Draft {
    const existing = this.#pending.get(id);
    const previous = existing?.draft ?? this.store.get(id);
    const draft: Draft = {
      ...base,
      fields: { ...previous?.fields, ...base.fields },
      revision: (previous?.revision ?? 0) + 1,
      savedAt: new Date().toISOString(),
    };
    if (existing) {
      clearTimeout(existing.timer);
      this.merged++;
    }
    const timer = setTimeout(() => this.#flush(id), QUIET_MS);
    this.#pending.set(id, { draft, timer, changes: (existing?.changes ?? 0) + 1 });
    return draft;
  }

  #flush(id: string): void {
    const entry = this.#pending.get(id);
    if (!entry) return;
    this.#pending.delete(id);
    this.store.save(entry.draft);
    this.saved++;
  }

  /** The newest version: still waiting to be written, or written. */
  latest(id: string): Draft | undefined {
    return this.#pending.get(id)?.draft ?? this.store.get(id);
  }

  get waiting(): number {
    return this.#pending.size;
  }
}
