"use strict";

const FLUSH_EVERY_MS = 100;

const documents = new Map();
const postings = new Map();
const pending = new Map();
let flushes = 0;

function tokenize(text) {
  return [...new Set(text.toLowerCase().split(/[^a-z0-9]+/).filter((t) => t.length > 2))];
}

function unindex(doc) {
  for (const token of doc.tokens) {
    const ids = postings.get(token);
    if (!ids) continue;
    ids.delete(doc.id);
    if (ids.size === 0) postings.delete(token);
  }
}

function flush() {
  if (pending.size === 0) return;
  for (const [id, update] of pending) {
    const previous = documents.get(id);
    if (previous) unindex(previous);
    const tokens = tokenize(`${update.title} ${update.body}`);
    documents.set(id, { id, title: update.title, tokens, version: update.version });
    for (const token of tokens) {
      if (!postings.has(token)) postings.set(token, new Set());
      postings.get(token).add(id);
    }
  }
  pending.clear();
  flushes++;
}

setInterval(flush, FLUSH_EVERY_MS);

function queueUpdate(id, update) {
  const current = pending.get(id) ?? documents.get(id);
  pending.set(id, { ...update, version: (current?.version ?? 0) + 1 });
}

function search(query) {
  const tokens = tokenize(query);
  if (tokens.length === 0) return [];
  const [first, ...rest] = tokens.map((t) => postings.get(t) ?? new Set());
  return [...first].filter((id) => rest.every((s) => s.has(id)))
    .map((id) => ({ id, title: documents.get(id).title }));
}

function indexStats() {
  return { documents: documents.size, tokens: postings.size, pending: pending.size, flushes };
}

module.exports = { queueUpdate, search, indexStats };
