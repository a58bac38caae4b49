/**
 * Page views, counted in process and shown on the "popular this week" sidebar. The counts are
 * flushed to the analytics warehouse by a nightly job that reads /internal/hits.
 */

const hitsByUrl: Record<string, number> = {};
let totalHits = 0;

/** Counts one view of `url` (path plus query, so campaign links are told apart). */
export function countHit(url: URL): void {
  const key = url.pathname + url.search;
  hitsByUrl[key] = (hitsByUrl[key] ?? 0) + 1;
  totalHits++;
}

export function popular(limit: number, prefix = "/blog/"): { url: string; views: number }[] {
  return Object.entries(hitsByUrl)
    .filter(([url]) => url.startsWith(prefix))
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([url, views]) => ({ url, views }));
}

export function hitSummary(): { total: number; distinctUrls: number } {
  return { total: totalHits, distinctUrls: Object.keys(hitsByUrl).length };
}
