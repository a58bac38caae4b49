/** Mid rates the dealing desk publishes, per pair (base/quote). */
const mids = new Map<string, number>([
  ["GBP/EUR", 1.1687],
  ["GBP/USD", 1.2714],
  ["EUR/USD", 1.0879],
  ["USD/JPY", 157.42],
]);

/** Margin on top of mid, in basis points, by how much is sold. */
export function marginBps(sellAmount: number): number {
  if (sellAmount >= 1_000_000) return 15;
  if (sellAmount >= 100_000) return 30;
  return 60;
}

export function setMid(pair: string, mid: number): boolean {
  if (!mids.has(pair) || !(mid > 0)) return false;
  mids.set(pair, mid);
  return true;
}

/** Units of `buy` per unit of `sell`, at mid. */
export function midFor(sell: string, buy: string): number | undefined {
  const direct = mids.get(`${sell}/${buy}`);
  if (direct) return direct;
  const inverse = mids.get(`${buy}/${sell}`);
  return inverse ? 1 / inverse : undefined;
}

export function publishedRates() {
  return Object.fromEntries(mids);
}
