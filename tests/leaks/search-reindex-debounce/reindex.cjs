"use strict";
// Editors save an article many times in a row; reindexing each save would hammer the cluster.
// Saves are debounced per article: the last version wins once the article has been quiet for
// DEBOUNCE_MS.

const { SearchIndexClient } = require("./index_client.cjs");

const DEBOUNCE_MS = 40;

const indexClient = new SearchIndexClient("help-articles");
const reindexTimers = new Map();
const counters = { scheduled: 0, coalesced: 0, indexed: 0, failed: 0 };

function toSearchDoc(article) {
  return {
    id: article.id,
    title: article.title,
    body: article.body,
    tags: article.tags,
    locale: article.locale,
    updatedAt: article.updatedAt,
    boost: article.tags.includes("featured") ? 2 : 1,
  };
}

async function pushToIndex(articleId, doc) {
  try {
    await indexClient.bulkIndex([doc]);
    counters.indexed++;
  } catch (err) {
    counters.failed++;
    console.error(`reindex of ${articleId} failed: ${err.message}`);
  }
}

function scheduleReindex(article) {
  const doc = toSearchDoc(article);
  const existing = reindexTimers.get(article.id);
  if (existing) {
    clearTimeout(existing.timer);
    counters.coalesced++;
  }
  const timer = setTimeout(() => pushToIndex(article.id, doc), DEBOUNCE_MS);
  reindexTimers.set(article.id, {
    timer,
    doc,
    firstQueuedAt: existing ? existing.firstQueuedAt : Date.now(),
    saves: existing ? existing.saves + 1 : 1,
  });
  counters.scheduled++;
}

function pendingFor(articleId) {
  const entry = reindexTimers.get(articleId);
  return entry ? { saves: entry.saves, queuedFor: Date.now() - entry.firstQueuedAt } : null;
}

function status() {
  return { ...counters, cluster: indexClient.status() };
}

module.exports = { scheduleReindex, pendingFor, status };
