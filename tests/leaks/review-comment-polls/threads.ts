export interface Comment {
  seq: number;
  author: string;
  body: string;
  at: string;
}

export interface Waiter {
  after: number;
  deliver: (comments: Comment[]) => void;
}

export interface Thread {
  id: string;
  doc: string;
  anchor: string;
  quote: string;
  comments: Comment[];
  waiters: Set<Waiter>;
  resolved: boolean;
}

export class ThreadError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const ARCHIVE_SIZE = 25;

export const threads = new Map<string, Thread>();
/** Recently resolved threads, newest first, for the "resolved" filter in the sidebar. */
export const archive: { id: string; doc: string; comments: number; resolvedBy: string }[] = [];

export function getThread(id: string): Thread {
  const thread = threads.get(id);
  if (!thread) throw new ThreadError(404, `no open thread ${id}`);
  return thread;
}

export function openThread(
  body: {
    id?: string;
    doc?: string;
    anchor?: string;
    quote?: string;
    author?: string;
    body?: string;
  },
): Thread {
  if (!body.id || !body.doc || !body.author || !body.body) {
    throw new ThreadError(400, "id, doc, author and body are required");
  }
  if (threads.has(body.id)) throw new ThreadError(409, `thread ${body.id} exists`);
  const thread: Thread = {
    id: body.id,
    doc: body.doc,
    anchor: body.anchor ?? "",
    quote: body.quote ?? "",
    comments: [],
    waiters: new Set(),
    resolved: false,
  };
  threads.set(thread.id, thread);
  addComment(thread, body.author, body.body);
  return thread;
}

export function addComment(thread: Thread, author: string, body: string): Comment {
  const comment = {
    seq: thread.comments.length + 1,
    author,
    body,
    at: new Date().toISOString(),
  };
  thread.comments.push(comment);
  for (const waiter of [...thread.waiters]) {
    if (comment.seq > waiter.after) waiter.deliver([comment]);
  }
  return comment;
}

export function resolveThread(thread: Thread, by: string) {
  thread.resolved = true;
  threads.delete(thread.id);
  for (const waiter of [...thread.waiters]) waiter.deliver([]);
  archive.unshift({
    id: thread.id,
    doc: thread.doc,
    comments: thread.comments.length,
    resolvedBy: by,
  });
  if (archive.length > ARCHIVE_SIZE) archive.length = ARCHIVE_SIZE;
}
