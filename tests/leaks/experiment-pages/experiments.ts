// A/B experiments on the marketing pages: a visitor is bucketed by a hash of their visitor id,
// and every experiment a rendered page actually shows is logged as an exposure (the analysis
// only counts visitors who saw the variant).
export interface Experiment {
  key: string;
  variants: string[];
  weights: number[];
}

export const EXPERIMENTS: Experiment[] = [
  { key: "hero-cta", variants: ["control", "bold", "video"], weights: [50, 25, 25] },
  { key: "pricing-layout", variants: ["control", "annual-first"], weights: [50, 50] },
  { key: "trust-badges", variants: ["control", "logos"], weights: [80, 20] },
];

function bucket(visitor: string, experiment: string): number {
  let h = 2166136261;
  for (const ch of `${experiment}:${visitor}`) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0) % 100;
}

export function assign(visitor: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of EXPERIMENTS) {
    let b = bucket(visitor, e.key);
    let i = 0;
    while (b >= e.weights[i]) b -= e.weights[i++];
    out[e.key] = e.variants[i];
  }
  return out;
}

export interface Exposure {
  experiment: string;
  variant: string;
}

const tally = new Map<string, number>();
let pageViews = 0;

export function recordExposures(exposures: Exposure[]) {
  pageViews++;
  for (const { experiment, variant } of exposures) {
    const k = `${experiment}:${variant}`;
    tally.set(k, (tally.get(k) ?? 0) + 1);
  }
}

export function exposureReport() {
  return { pageViews, exposures: Object.fromEntries(tally) };
}
