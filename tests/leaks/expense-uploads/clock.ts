/**
 * Time for measuring intervals. The wall clock can jump (NTP corrections, a VM resumed from
 * suspend) and a jump forward made the sweep drop every upload in progress, so durations use
 * the monotonic clock.
 */
export function monotonicNow(): number {
  return performance.now();
}
