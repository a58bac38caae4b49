export interface Part {
  sku: string;
  name: string;
  group: string;
  models: string[];
  description: string;
  price: number;
  stock: number;
}

export interface Hit {
  sku: string;
  name: string;
  model: string;
  price: number;
  inStock: boolean;
  score: number;
  highlight: string;
}

const words = (s: string) => s.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 1);

export class Catalogue {
  #parts = new Map<string, Part>();
  #text = new Map<string, string[]>();

  constructor(parts: Part[]) {
    for (const p of parts) {
      this.#parts.set(p.sku, p);
      this.#text.set(p.sku, words(`${p.name} ${p.models.join(" ")} ${p.group}`));
    }
  }

  get(sku: string): Part | undefined {
    return this.#parts.get(sku);
  }

  get size(): number {
    return this.#parts.size;
  }

  /** Every query word must match; name matches rank above model/group matches. */
  search(q: string, opts: { model?: string } = {}): Hit[] {
    const terms = words(q);
    if (terms.length === 0) return [];
    const hits: Hit[] = [];
    for (const part of this.#parts.values()) {
      if (opts.model && !part.models.some((m) => m.toLowerCase() === opts.model!.toLowerCase())) {
        continue;
      }
      const text = this.#text.get(part.sku)!;
      if (!terms.every((t) => text.includes(t))) continue;
      const nameWords = words(part.name);
      const score = terms.reduce((s, t) => s + (nameWords.includes(t) ? 2 : 1), 0) +
        (part.stock > 0 ? 0.5 : 0);
      hits.push({
        sku: part.sku,
        name: part.name,
        model: part.models[0],
        price: part.price,
        inStock: part.stock > 0,
        score,
        highlight: highlight(part.name, terms),
      });
    }
    return hits.sort((a, b) => b.score - a.score || a.sku.localeCompare(b.sku));
  }
}

function highlight(text: string, terms: string[]): string {
  return text.replace(
    /[A-Za-z0-9]+/g,
    (w) => terms.includes(w.toLowerCase()) ? `<em>${w}</em>` : w,
  );
}
