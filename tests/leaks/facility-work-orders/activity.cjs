"use strict";

/**
 * The site-wide activity feed on the helpdesk dashboard: newest first. Entries are linked to
 * the one before, so recording is O(1) and readers walk only as far as they show.
 */
let feedHead = null;
let recorded = 0;

function record(event) {
  feedHead = { ...event, at: new Date().toISOString(), previous: feedHead };
  recorded++;
}

function recent(limit = 50) {
  const out = [];
  for (let node = feedHead; node && out.length < limit; node = node.previous) {
    const { previous: _previous, ...entry } = node;
    out.push(entry);
  }
  return out;
}

function count() {
  return recorded;
}

module.exports = { count, recent, record };
