/** A small LRU in Map order: delete and set again moves a key to the end (most recent). */
export class RecentCache<V> {
  #entries = new Map<string, V>();

  constructor(readonly capacity: number) {}

  get(key: string): V | undefined {
    const value = this.#entries.get(key);
    if (value === undefined) return undefined;
    this.#entries.delete(key);
    this.#entries.set(key, value);
    return value;
  }

  set(key: string, value: V): void {
    this.#entries.delete(key);
    this.#entries.set(key, value);
    while (this.#entries.size > this.capacity) {
      this.#entries.delete(this.#entries.keys().next().value!);
    }
  }
}

export interface PriceChart {
  species: string;
  points: { at: string; centsPerKg: number }[];
  svg: string;
}

/** The last 24 sale prices per species, for the buyers' screens. */
const history = new Map<string, number[]>();
const charts = new RecentCache<PriceChart>(6);

export function recordPrice(species: string, centsPerKg: number): void {
  let prices = history.get(species);
  if (!prices) history.set(species, prices = []);
  prices.push(centsPerKg);
  if (prices.length > 24) prices.shift();
  charts.set(species, renderChart(species, prices));
}

function renderChart(species: string, prices: number[]): PriceChart {
  const max = Math.max(...prices, 1);
  const path = prices.map((p, k) => `${k === 0 ? "M" : "L"}${k * 10},${100 - (p / max) * 100}`)
    .join(" ");
  return {
    species,
    points: prices.map((centsPerKg, k) => ({ at: `sale -${prices.length - k}`, centsPerKg })),
    svg: `<svg viewBox="0 0 240 100"><path d="${path}" fill="none" stroke="#0a5"/></svg>`,
  };
}

export function chartFor(species: string): PriceChart | undefined {
  return charts.get(species);
}
