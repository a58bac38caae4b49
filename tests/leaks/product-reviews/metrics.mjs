const BOUNDS = [5, 10, 25, 50, 100, 250, 1000];

// Labelled by route template (/products/:id/reviews), never by the raw URL.
const histograms = new Map();

export function observe(route, status, ms) {
  const key = `${route}|${Math.floor(status / 100)}xx`;
  let h = histograms.get(key);
  if (!h) {
    h = {
      route,
      statusClass: `${Math.floor(status / 100)}xx`,
      buckets: new Array(BOUNDS.length + 1).fill(0),
      sum: 0,
    };
    histograms.set(key, h);
  }
  let i = 0;
  while (i < BOUNDS.length && ms > BOUNDS[i]) i++;
  h.buckets[i]++;
  h.sum += ms;
}

export function snapshot() {
  return [...histograms.values()];
}
