/** Monotonic milliseconds: unaffected by NTP steps on the game hosts. */
export function monotonicNow(): number {
  return performance.now();
}

/** Wall-clock milliseconds, for anything shown to players or written to the audit trail. */
export function wallNow(): number {
  return Date.now();
}
