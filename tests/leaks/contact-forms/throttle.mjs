// Burst protection for the public forms: at most MAX_PER_WINDOW submissions per client address
// in each one-second window. The window's table is thrown away when the window ends.

const WINDOW_MS = 1000;
const MAX_PER_WINDOW = 3;

const windowHits = [];
let windowStartedAt = Date.now();

const resetTimer = setInterval(() => {
  windowHits.length = 0;
  windowStartedAt = Date.now();
}, WINDOW_MS);
resetTimer.unref();

export function clientAddress(req) {
  const forwarded = req.headers["x-forwarded-for"];
  if (typeof forwarded === "string" && forwarded.length > 0) return forwarded.split(",")[0].trim();
  return req.socket.remoteAddress ?? "unknown";
}

/** Counts a submission; false when the address is over its budget for this window. */
export function allowSubmission(ip, path) {
  const now = Date.now();
  let entry = windowHits[ip];
  if (!entry) {
    entry = { hits: 0, firstAt: now, lastPath: path };
    windowHits[ip] = entry;
  }
  entry.hits++;
  entry.lastPath = path;
  return entry.hits <= MAX_PER_WINDOW;
}

export function throttleStats() {
  return {
    windowMs: WINDOW_MS,
    windowAgeMs: Date.now() - windowStartedAt,
    limit: MAX_PER_WINDOW,
  };
}
