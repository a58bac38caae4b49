/**
 * Staff sign-in throttling per address and username: MAX_FAILURES inside WINDOW_MS locks the
 * pair out for LOCK_MS. Entries are swept once their window and any lockout are over.
 */
const WINDOW_MS = 1000;
const MAX_FAILURES = 3;
const LOCK_MS = 10 * 60 * 1000;

const failures = new Map();

const keyOf = (ip, username) => `${ip}|${username.trim().toLowerCase()}`;

export function lockedFor(ip, username, now = Date.now()) {
  const entry = failures.get(keyOf(ip, username));
  return entry && entry.lockedUntil > now ? entry.lockedUntil - now : 0;
}

export function fail(ip, username, now = Date.now()) {
  const key = keyOf(ip, username);
  let entry = failures.get(key);
  if (!entry || (now - entry.since > WINDOW_MS && entry.lockedUntil <= now)) {
    entry = { since: now, count: 0, lockedUntil: 0 };
    failures.set(key, entry);
  }
  entry.count++;
  if (entry.count >= MAX_FAILURES) entry.lockedUntil = now + LOCK_MS;
}

export function succeed(ip, username) {
  failures.delete(keyOf(ip, username));
}

setInterval(() => {
  const now = Date.now();
  for (const [key, entry] of failures) {
    if (entry.lockedUntil <= now && now - entry.since > WINDOW_MS) failures.delete(key);
  }
}, 250).unref();
