import { notify } from "./inbox.mjs";

export class CommentError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** Choir members who can be mentioned (the section leads and the director). */
const MEMBERS = new Set(["director", "soprano-lead", "alto-lead", "tenor-lead", "bass-lead"]);
const MENTION = /@([a-z][a-z-]*)/gi;

/** Open threads, by id; each is pinned to a bar of an arrangement. */
const threads = new Map();
/** Resolved threads, newest first; the arrangement view shows the last 25. */
const archive = [];
const ARCHIVE_KEPT = 25;

function mentionsIn(text) {
  const found = new Set();
  for (const m of text.matchAll(MENTION)) {
    const handle = m[1].toLowerCase();
    if (MEMBERS.has(handle)) found.add(handle);
  }
  return [...found];
}

function add(thread, author, text) {
  if (typeof text !== "string" || !text.trim()) throw new CommentError(400, "empty comment");
  const comment = { author, text, at: Date.now() };
  thread.comments.push(comment);
  for (const handle of mentionsIn(text)) {
    notify(handle, {
      thread: thread.id,
      song: thread.song,
      bar: thread.bar,
      by: author,
      text: text.slice(0, 60),
    });
  }
  return comment;
}

export function openThread(song, { id, bar, text }, author) {
  if (!id || threads.has(id)) throw new CommentError(409, "thread id missing or taken");
  const thread = { id, song, bar: Number(bar), opener: author, comments: [] };
  add(thread, author, text);
  threads.set(id, thread);
  return { id };
}

export function reply(id, author, text) {
  const thread = threads.get(id);
  if (!thread) throw new CommentError(404, `no open thread ${id}`);
  add(thread, author, text);
  return { id, comments: thread.comments.length };
}

export function resolve(id, author) {
  const thread = threads.get(id);
  if (!thread) throw new CommentError(404, `no open thread ${id}`);
  threads.delete(id);
  archive.unshift({ id, song: thread.song, bar: thread.bar, resolvedBy: author });
  if (archive.length > ARCHIVE_KEPT) archive.length = ARCHIVE_KEPT;
  return { id, resolved: true };
}

export function threadsFor(song) {
  return {
    open: [...threads.values()].filter((t) => t.song === song).map((t) => ({
      id: t.id,
      bar: t.bar,
      comments: t.comments.length,
    })),
    resolved: archive.filter((t) => t.song === song).slice(0, 10),
  };
}
