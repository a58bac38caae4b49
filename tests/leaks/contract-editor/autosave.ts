import type { ContractDraft } from "./documents.ts";
import { saveDraft } from "./storage.ts";

/** Edits are saved once the author pauses for this long. */
const DEBOUNCE_MS = 2_000;

interface PendingSave {
  draft: ContractDraft;
  timer: ReturnType<typeof setTimeout>;
  edits: number;
  firstEditAt: number;
}

/** Drafts with edits not saved yet, by draft id. */
const pendingSaves = new Map<string, PendingSave>();

async function runScheduledSave(id: string): Promise<void> {
  const pending = pendingSaves.get(id);
  if (!pending) return;
  pendingSaves.delete(id);
  try {
    await saveDraft(pending.draft);
  } catch (err) {
    console.error(`autosave of ${id} failed`, err);
  }
}

/** Called after every edit: (re)starts the draft's debounce timer. */
export function scheduleSave(draft: ContractDraft): void {
  const pending = pendingSaves.get(draft.id);
  if (pending) {
    clearTimeout(pending.timer);
    pending.edits++;
    pending.timer = setTimeout(() => runScheduledSave(draft.id), DEBOUNCE_MS);
    return;
  }
  pendingSaves.set(draft.id, {
    draft,
    timer: setTimeout(() => runScheduledSave(draft.id), DEBOUNCE_MS),
    edits: 1,
    firstEditAt: Date.now(),
  });
}

/** Saves now (the draft is being closed): the scheduled save is not needed any more. */
export async function flushSave(draft: ContractDraft): Promise<string> {
  const pending = pendingSaves.get(draft.id);
  if (pending) clearTimeout(pending.timer);
  return await saveDraft(draft);
}

export function pendingCount(): number {
  return pendingSaves.size;
}
