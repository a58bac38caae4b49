// Totals since start, for /stats.
const totals = { renders: 0, bytesIn: 0, bytesOut: 0, slowest: 0, totalMs: 0 };

export function record(bytesIn: number, bytesOut: number, ms: number): void {
  totals.renders++;
  totals.bytesIn += bytesIn;
  totals.bytesOut += bytesOut;
  totals.totalMs += ms;
  if (ms > totals.slowest) totals.slowest = ms;
}

export function snapshot() {
  return {
    ...totals,
    averageMs: totals.renders ? totals.totalMs / totals.renders : 0,
  };
}
