const DECAY_FACTOR = 0.5;
const DECAY_EVERY_MS = 500;

const hotPaths = new Map();

export function recordHit(url, req) {
  const key = url.pathname + url.search;
  let entry = hotPaths.get(key);
  if (!entry) {
    entry = {
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      score: 0,
      hits: 0,
      firstSeen: new Date().toISOString(),
      lastSeen: 0,
      locale: req.headers["accept-language"] ?? "en",
    };
    hotPaths.set(key, entry);
  }
  entry.score += 1;
  entry.hits += 1;
  entry.lastSeen = Date.now();
}

function decayScores() {
  for (const [key, entry] of hotPaths) {
    entry.score *= DECAY_FACTOR;
    if (entry.score === 0) hotPaths.delete(key);
  }
}

setInterval(decayScores, DECAY_EVERY_MS).unref();

export function hottest(limit) {
  return [...hotPaths.entries()]
    .sort((a, b) => b[1].score - a[1].score)
    .slice(0, limit)
    .map(([key, entry]) => ({ key, path: entry.path, query: entry.query, score: entry.score }));
}

export function trackedCount() {
  return hotPaths.size;
}
