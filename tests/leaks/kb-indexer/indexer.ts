import { type Article, SearchIndex } from "./search_index.ts";
import { SEED_ARTICLES } from "./seed.ts";

export const searchIndex = new SearchIndex(SEED_ARTICLES);

const stats = { queued: 0, indexed: 0, failed: 0, lastError: "" };
let indexing: Promise<void> = Promise.resolve();

function onIndexed() {
  stats.indexed++;
}

function onFailed(err: unknown) {
  stats.failed++;
  stats.lastError = err instanceof Error ? err.message : String(err);
}

/** Queues an article for (re)indexing; updates are applied in the order they arrive. */
export function enqueueArticle(article: Article): number {
  stats.queued++;
  indexing = indexing.then(() => searchIndex.upsert(article)).then(onIndexed, onFailed);
  return stats.queued - stats.indexed - stats.failed;
}

export function indexerStats() {
  return { ...stats, articles: searchIndex.size };
}
