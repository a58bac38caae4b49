import { LockError, lockOf } from "./locks.mjs";

/** Drafts being written, by id; publishing moves a draft to the published list. */
const drafts = new Map();
/** The policy site shows the 20 most recently published. */
const published = [];
const PUBLISHED_KEPT = 20;

export function createDraft(id, title, author) {
  if (!id || drafts.has(id)) throw new LockError(409, `draft ${id} exists`);
  const draft = { id, title: String(title ?? ""), body: "", revision: 0, author };
  drafts.set(id, draft);
  return { id, revision: 0 };
}

export function getDraft(id) {
  const draft = drafts.get(id);
  if (!draft) throw new LockError(404, `no draft ${id}`);
  return draft;
}

export function save(id, tab, patch, editor) {
  const draft = getDraft(id);
  const lock = lockOf(id);
  if (!lock || lock.tab !== tab || lock.holder !== editor.name) {
    throw new LockError(423, "take the lock before editing");
  }
  if (typeof patch.title === "string") draft.title = patch.title;
  if (typeof patch.body === "string") draft.body = patch.body;
  draft.revision++;
  return { id, revision: draft.revision };
}

export function publish(id, editor) {
  const draft = getDraft(id);
  if (lockOf(id)) throw new LockError(423, "someone is still editing it");
  drafts.delete(id);
  published.unshift({
    id,
    title: draft.title,
    revision: draft.revision,
    by: editor.name,
    at: new Date().toISOString(),
  });
  if (published.length > PUBLISHED_KEPT) published.length = PUBLISHED_KEPT;
  return { id, published: true };
}

export function recent() {
  return published.slice(0, 5);
}
