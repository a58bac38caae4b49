"use strict";

// Stand-in for the warehouse loader client: in production this POSTs the rows as NDJSON to
// the ingestion endpoint; here it keeps per-table counters for the ops page.

const loaded = new Map();

function load(table, rows) {
  const entry = loaded.get(table) || { rows: 0, calls: 0, lastAt: null };
  entry.rows += rows.length;
  entry.calls += 1;
  entry.lastAt = new Date().toISOString();
  loaded.set(table, entry);
}

function summary() {
  return Object.fromEntries(loaded);
}

module.exports = { load, summary };
