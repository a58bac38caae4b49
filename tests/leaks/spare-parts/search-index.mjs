// A small in-process full-text index over the catalogue, so the counter staff can type
// "remschijf golf" and get the disc without a round trip to the search cluster.

const STOPWORDS = new Set(["set", "kit", "mm", "and", "the", "for", "with"]);

// Dutch counter staff search in Dutch; the feed is in English.
const SYNONYMS = {
  remblokken: "brake",
  remschijf: "disc",
  remschijven: "disc",
  bougie: "spark",
  ruitenwisser: "wiper",
  luchtfilter: "air",
  wiellager: "bearing",
};

export function tokenize(text) {
  return String(text)
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 1 && !STOPWORDS.has(t))
    .map((t) => SYNONYMS[t] ?? t);
}

// Matches in the name count more than matches in the fitment list.
const FIELD_BOOST = { name: 3, brand: 2, category: 2, sku: 4, fits: 1 };

function fieldsOf(part) {
  return {
    name: part.name,
    brand: part.brand,
    category: part.category,
    sku: part.sku,
    fits: part.fits.join(" "),
  };
}

export class SearchIndex {
  constructor() {
    /** token → postings {sku, field, boost} */
    this.postings = new Map();
    this.documents = 0;
  }

  /** Indexes a part's text fields under its SKU. */
  add(part) {
    for (const [field, text] of Object.entries(fieldsOf(part))) {
      for (const token of new Set(tokenize(text))) {
        let list = this.postings.get(token);
        if (!list) {
          list = [];
          this.postings.set(token, list);
        }
        list.push({ sku: part.sku, field, boost: FIELD_BOOST[field] });
      }
    }
    this.documents++;
  }

  /** Takes a SKU out of every posting list (discontinued parts). */
  remove(sku) {
    for (const [token, list] of this.postings) {
      const kept = list.filter((posting) => posting.sku !== sku);
      if (kept.length) this.postings.set(token, kept);
      else this.postings.delete(token);
    }
    this.documents--;
  }

  /** SKUs matching every token of the query, best first. */
  search(query, limit = 10) {
    const tokens = tokenize(query);
    if (!tokens.length) return [];
    const matched = new Map(); // sku → { tokens: Set, score }
    for (const token of tokens) {
      const best = new Map();
      for (const { sku, boost } of this.postings.get(token) ?? []) {
        best.set(sku, Math.max(best.get(sku) ?? 0, boost));
      }
      for (const [sku, boost] of best) {
        const m = matched.get(sku) ?? { tokens: new Set(), score: 0 };
        m.tokens.add(token);
        m.score += boost;
        matched.set(sku, m);
      }
    }
    return [...matched]
      .filter(([, m]) => m.tokens.size === new Set(tokens).size)
      .sort((a, b) => b[1].score - a[1].score || a[0].localeCompare(b[0]))
      .slice(0, limit)
      .map(([sku]) => sku);
  }

  stats() {
    return { documents: this.documents, tokens: this.postings.size };
  }
}
