"use strict";

const { MentionIndex, mentionsIn } = require("./mentions.cjs");

class ReviewError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const mentions = new MentionIndex();
/** Open comment threads by id. */
const threads = new Map();
/** Recently resolved threads (the doc's "Resolved" drawer shows the last 25). */
const resolved = [];
const RESOLVED_KEPT = 25;
let commentSeq = 0;

function excerpt(text) {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function addComment(thread, author, body) {
  if (typeof body !== "string" || !body.trim()) throw new ReviewError(400, "empty comment");
  const comment = {
    id: `c${++commentSeq}`,
    author,
    body,
    mentions: mentionsIn(body),
    at: new Date().toISOString(),
  };
  thread.comments.push(comment);
  for (const handle of comment.mentions) {
    mentions.add(handle, {
      commentId: comment.id,
      threadId: thread.id,
      doc: thread.doc,
      by: author,
      excerpt: excerpt(body),
      at: comment.at,
    });
  }
  return comment;
}

function openThread(doc, id, anchor, author, body) {
  if (!id) throw new ReviewError(400, "thread id is required");
  if (threads.has(id)) throw new ReviewError(409, `thread ${id} exists`);
  const thread = { id, doc, anchor, opener: author, comments: [], openedAt: Date.now() };
  threads.set(id, thread);
  addComment(thread, author, body);
  return { id, comments: 1 };
}

function getThread(id) {
  const thread = threads.get(id);
  if (!thread) throw new ReviewError(404, `no open thread ${id}`);
  return thread;
}

function reply(id, author, body) {
  const thread = getThread(id);
  const comment = addComment(thread, author, body);
  return { id, comment: comment.id, mentions: comment.mentions };
}

function resolve(id, author) {
  const thread = getThread(id);
  for (const comment of thread.comments) {
    for (const handle of comment.mentions) mentions.remove(handle, comment.id);
  }
  threads.delete(id);
  resolved.unshift({
    id,
    doc: thread.doc,
    anchor: thread.anchor,
    by: author,
    comments: thread.comments.length,
  });
  if (resolved.length > RESOLVED_KEPT) resolved.length = RESOLVED_KEPT;
  return { id, resolved: true };
}

function stats() {
  return { open: threads.size, resolved: resolved.length, mentionedUsers: mentions.handles };
}

module.exports = {
  ReviewError,
  getThread,
  mentions,
  openThread,
  reply,
  resolve,
  resolved,
  stats,
};
