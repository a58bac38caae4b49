import { termFrequencies, tokenize } from "./text.mjs";

/** term → (document id → term frequency), with document lengths for BM25. */
export class InvertedIndex {
  #postings = new Map();
  #lengths = new Map();
  #totalLength = 0;

  add(docId, text) {
    const tf = termFrequencies(text);
    let length = 0;
    for (const [term, n] of tf) {
      let docs = this.#postings.get(term);
      if (!docs) {
        docs = new Map();
        this.#postings.set(term, docs);
      }
      docs.set(docId, n);
      length += n;
    }
    this.#lengths.set(docId, length);
    this.#totalLength += length;
  }

  remove(docId, text) {
    for (const term of new Set(tokenize(text))) {
      const docs = this.#postings.get(term);
      if (!docs) continue;
      docs.delete(docId);
      if (docs.size === 0) this.#postings.delete(term);
    }
    this.#totalLength -= this.#lengths.get(docId) ?? 0;
    this.#lengths.delete(docId);
  }

  search(query, limit = 20) {
    const terms = [...new Set(tokenize(query))];
    const n = this.#lengths.size || 1;
    const avg = this.#totalLength / n || 1;
    const scores = new Map();
    for (const term of terms) {
      const docs = this.#postings.get(term);
      if (!docs) continue;
      const idf = Math.log(1 + (n - docs.size + 0.5) / (docs.size + 0.5));
      for (const [docId, tf] of docs) {
        const len = this.#lengths.get(docId) ?? avg;
        const s = idf * (tf * 2.2) / (tf + 1.2 * (0.25 + 0.75 * len / avg));
        scores.set(docId, (scores.get(docId) ?? 0) + s);
      }
    }
    return [...scores].sort((a, b) => b[1] - a[1]).slice(0, limit)
      .map(([id, score]) => ({ id, score: Math.round(score * 1000) / 1000 }));
  }

  stats() {
    return { terms: this.#postings.size, documents: this.#lengths.size };
  }
}
