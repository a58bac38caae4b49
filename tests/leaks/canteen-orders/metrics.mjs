/** Request counts and latency sums per route template (a fixed set of labels). */
const series = new Map();

export function observe(route, status, ms) {
  const key = `${route} ${Math.floor(status / 100)}xx`;
  let s = series.get(key);
  if (!s) {
    s = { route, statusClass: `${Math.floor(status / 100)}xx`, count: 0, totalMs: 0, maxMs: 0 };
    series.set(key, s);
  }
  s.count++;
  s.totalMs += ms;
  if (ms > s.maxMs) s.maxMs = ms;
}

export function snapshot() {
  return [...series.values()].map((s) => ({ ...s, avgMs: s.count ? s.totalMs / s.count : 0 }));
}
