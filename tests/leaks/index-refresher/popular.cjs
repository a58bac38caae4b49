"use strict";

const DECAY_EVERY_MS = 250;
const MAX_TRACKED = 500;

const popularQueries = new Map();

function recordQuery(query, resultCount) {
  const key = query.trim().toLowerCase();
  let entry = popularQueries.get(key);
  if (!entry) {
    if (popularQueries.size >= MAX_TRACKED) return;
    entry = { query: key, score: 0, lastResults: 0, firstSeen: Date.now() };
    popularQueries.set(key, entry);
  }
  entry.score += 4;
  entry.lastResults = resultCount;
}

function decay() {
  for (const [key, entry] of popularQueries) {
    entry.score = Math.floor(entry.score / 2);
    if (entry.score === 0) popularQueries.delete(key);
  }
}

setInterval(decay, DECAY_EVERY_MS).unref();

function topQueries(limit) {
  return [...popularQueries.values()].sort((a, b) => b.score - a.score).slice(0, limit)
    .map(({ query, score, lastResults }) => ({ query, score, lastResults }));
}

module.exports = { recordQuery, topQueries };
