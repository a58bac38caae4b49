// A tiny in-memory product search (the real one sits on a search cluster).

export interface Hit {
  sku: string;
  title: string;
  score: number;
}

const TITLES = [
  "Trail running shoe",
  "Waterproof hiking boot",
  "Merino base layer",
  "Insulated jacket",
  "Trekking poles (pair)",
  "Headlamp 400 lm",
  "Ultralight tent 2p",
  "Down sleeping bag",
];

const INDEX = TITLES.map((title, n) => ({
  sku: `SKU-${1000 + n}`,
  title,
  terms: title.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean),
}));

export function search(q: string, limit: number): Hit[] {
  const terms = q.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  const hits: Hit[] = [];
  for (const doc of INDEX) {
    const score = terms.reduce((s, t) => s + doc.terms.filter((d) => d.startsWith(t)).length, 0);
    if (score > 0) hits.push({ sku: doc.sku, title: doc.title, score });
  }
  return hits.sort((a, b) => b.score - a.score).slice(0, limit);
}

export function suggest(prefix: string): string[] {
  const p = prefix.toLowerCase();
  return TITLES.filter((t) => t.toLowerCase().startsWith(p)).slice(0, 5);
}
