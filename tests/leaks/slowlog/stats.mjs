// Request statistics for the /debug/stats page: the last RECENT requests (a ring buffer), the
// SLOWEST slowest ever seen, and per-route counters. Routes are normalised (/orders/123 →
// /orders/:id) so the route table stays the size of the API.
const RECENT = 64;
const SLOWEST = 10;

const recent = new Array(RECENT);
let next = 0;
const slowest = [];
const byRoute = new Map();

export function normalise(pathname) {
  return pathname
    .split("/")
    .map((part) => (/^\d+$/.test(part) || /^[0-9a-f-]{32,36}$/i.test(part) ? ":id" : part))
    .join("/");
}

export function observe(method, url, status, ms) {
  const route = `${method} ${normalise(new URL(url, "http://localhost").pathname)}`;
  const entry = { route, url, status, ms, at: Date.now() };

  recent[next] = entry;
  next = (next + 1) % RECENT;

  if (slowest.length < SLOWEST || ms > slowest[slowest.length - 1].ms) {
    slowest.push(entry);
    slowest.sort((a, b) => b.ms - a.ms);
    slowest.length = Math.min(slowest.length, SLOWEST);
  }

  let stats = byRoute.get(route);
  if (!stats) {
    stats = { count: 0, errors: 0, totalMs: 0, maxMs: 0 };
    byRoute.set(route, stats);
  }
  stats.count++;
  if (status >= 500) stats.errors++;
  stats.totalMs += ms;
  stats.maxMs = Math.max(stats.maxMs, ms);
}

export function report() {
  return {
    recent: recent.filter(Boolean).sort((a, b) => b.at - a.at).slice(0, 20),
    slowest,
    routes: Object.fromEntries(
      [...byRoute].map(([route, s]) => [route, { ...s, meanMs: s.totalMs / s.count }]),
    ),
  };
}
