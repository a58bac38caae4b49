/**
 * Odds locks: a bet slip's quoted odds are held for a short while so the punter can confirm
 * without being re-quoted; a slip that is not confirmed in time goes back to live odds.
 */

export interface Selection {
  market: string;
  outcome: string;
  odds: number;
}

export interface OddsLock {
  id: string;
  account: string;
  device: string;
  selections: Selection[];
  stakeCents: number;
  lockedAt: number;
  expiresAt: number;
}

export const LOCK_MS = 1_200;

const oddsLocks = new Map<string, OddsLock>();

export function lockOdds(lock: Omit<OddsLock, "lockedAt" | "expiresAt">, now: number): OddsLock {
  const held: OddsLock = { ...lock, lockedAt: now, expiresAt: now + LOCK_MS };
  oddsLocks.set(held.id, held);
  return held;
}

/** Takes the slip's lock out for placing; undefined when there is none or it ran out. */
export function takeLock(id: string, now: number): OddsLock | undefined {
  const lock = oddsLocks.get(id);
  if (!lock) return undefined;
  oddsLocks.delete(id);
  return lock.expiresAt > now ? lock : undefined;
}

/** Drops the locks past their expiry and yields what it dropped (for the audit trail). */
export function sweepExpired(now: number) {
  return oddsLocks.values()
    .filter((lock) => lock.expiresAt <= now)
    .map((lock) => {
      oddsLocks.delete(lock.id);
      return lock;
    });
}

export function lockCount(): number {
  return oddsLocks.size;
}
