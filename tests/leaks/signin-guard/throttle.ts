// Brute-force protection for the sign-in form: after MAX_ATTEMPTS wrong passwords an address
// is locked for LOCK_MS. Unknown addresses are counted the same way, so the answers do not
// tell an attacker which addresses have an account.

import { normalizeEmail } from "./accounts.ts";

export const MAX_ATTEMPTS = 5;
export const LOCK_MS = 15 * 60_000;
const SOURCES_KEPT = 10;

export interface AttemptSource {
  at: number;
  ip: string;
  userAgent: string;
  device?: { os?: string; app?: string };
}

interface FailureRecord {
  email: string;
  count: number;
  firstAt: number;
  lastAt: number;
  lockedUntil: number;
  sources: AttemptSource[];
}

const failures = new Map<string, FailureRecord>();

/** Milliseconds until the address may try again, 0 when it is not locked. */
export function lockedFor(email: string, now = Date.now()): number {
  const record = failures.get(normalizeEmail(email));
  if (!record || record.lockedUntil <= now) return 0;
  return record.lockedUntil - now;
}

export function recordFailure(email: string, source: AttemptSource): FailureRecord {
  const key = normalizeEmail(email);
  let record = failures.get(key);
  if (!record) {
    record = {
      email,
      count: 0,
      firstAt: source.at,
      lastAt: source.at,
      lockedUntil: 0,
      sources: [],
    };
    failures.set(key, record);
  }
  if (record.lockedUntil && record.lockedUntil <= source.at) {
    // The lock ran out: the address starts counting again.
    record.count = 0;
    record.lockedUntil = 0;
  }
  record.count++;
  record.lastAt = source.at;
  record.sources.push(source);
  if (record.sources.length > SOURCES_KEPT) record.sources.shift();
  if (record.count >= MAX_ATTEMPTS) record.lockedUntil = source.at + LOCK_MS;
  return record;
}

export function recordSuccess(email: string) {
  failures.delete(normalizeEmail(email));
}

/** For the security dashboard. */
export function lockedAccounts(now = Date.now()) {
  const locked = [];
  for (const r of failures.values()) {
    if (r.lockedUntil > now) locked.push({ email: r.email, until: r.lockedUntil, count: r.count });
  }
  return locked;
}
