/** Per-planner request windows; at most MAX_WINDOWS are kept (oldest dropped first). */

const WINDOW_MS = 10_000;
const LIMIT = 30;
const MAX_WINDOWS = 128;
const SWEEP_EVERY = 50;

const windows = new Map();
let checks = 0;

function sweep(now) {
  for (const [key, window] of windows) {
    if (window.resetAt <= now) windows.delete(key);
  }
}

export function allow(clientId, path) {
  const now = Date.now();
  if (++checks % SWEEP_EVERY === 0) sweep(now);
  let window = windows.get(clientId);
  if (!window || window.resetAt <= now) {
    windows.delete(clientId);
    window = { clientId, count: 0, resetAt: now + WINDOW_MS, firstPath: path };
    windows.set(clientId, window);
    while (windows.size > MAX_WINDOWS) windows.delete(windows.keys().next().value);
  }
  window.count++;
  return window.count <= LIMIT;
}
