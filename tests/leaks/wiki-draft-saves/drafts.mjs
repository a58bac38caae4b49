import { LRU } from "./vendor/lru-lite/index.mjs";

export class DraftError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** Drafts being edited, by id. Published pages keep only their latest text. */
const drafts = new Map();
const published = [];
const PUBLISHED_KEPT = 30;

// Every autosave is a revision the editor can roll back to; older ones come from the page
// history service, the recent ones from here.
const revisionCache = new LRU({ maxSize: 200 });

function wordCount(text) {
  return text.split(/\s+/).filter(Boolean).length;
}

export function createDraft({ id, space, title, author }) {
  if (!id || !space) throw new DraftError(400, "id and space are required");
  if (drafts.has(id)) throw new DraftError(409, `draft ${id} exists`);
  const draft = {
    id,
    space,
    title: title ?? "Untitled",
    body: "",
    author,
    rev: 0,
    createdAt: new Date().toISOString(),
    savedAt: null,
  };
  drafts.set(id, draft);
  return draft;
}

export function autosave(id, { title, body, caret, editor }) {
  const draft = drafts.get(id);
  if (!draft) throw new DraftError(404, `no draft ${id}`);
  if (typeof body !== "string") throw new DraftError(400, "body must be a string");
  draft.rev++;
  if (title) draft.title = title;
  draft.body = body;
  draft.savedAt = new Date().toISOString();
  const snapshot = {
    draft: id,
    rev: draft.rev,
    title: draft.title,
    body,
    caret: Number(caret) || 0,
    editor: editor ?? draft.author,
    words: wordCount(body),
    savedAt: draft.savedAt,
  };
  revisionCache.set(`${id}@${draft.rev}`, snapshot);
  return { id, rev: draft.rev, savedAt: draft.savedAt, words: snapshot.words };
}

export function revision(id, rev) {
  const snapshot = revisionCache.get(`${id}@${rev}`);
  if (!snapshot) throw new DraftError(404, `revision ${rev} of ${id} is not cached`);
  return snapshot;
}

export function publish(id) {
  const draft = drafts.get(id);
  if (!draft) throw new DraftError(404, `no draft ${id}`);
  drafts.delete(id);
  published.unshift({
    id,
    space: draft.space,
    title: draft.title,
    revs: draft.rev,
    at: new Date().toISOString(),
  });
  if (published.length > PUBLISHED_KEPT) published.length = PUBLISHED_KEPT;
  return { id, url: `/wiki/${draft.space}/${encodeURIComponent(draft.title)}` };
}

export function stats() {
  return { open: drafts.size, cachedRevisions: revisionCache.size, published: published.length };
}
