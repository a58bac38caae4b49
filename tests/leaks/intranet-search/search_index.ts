import { tokens } from "./text.ts";

export interface Indexable {
  id: string;
  title: string;
  body: string;
  tags: string[];
}

export interface Hit<D> {
  doc: D;
  score: number;
}

/** An in-memory inverted index: term → ids of the documents that contain it. */
export class SearchIndex<D extends Indexable> {
  #docs = new Map<string, D>();
  #postings = new Map<string, Set<string>>();

  static termsOf(doc: Indexable): Set<string> {
    return new Set(tokens(`${doc.title} ${doc.body} ${doc.tags.join(" ")}`));
  }

  /** Adds a document, or replaces the indexed copy of one already there. */
  upsert(doc: D) {
    const previous = this.#docs.get(doc.id);
    this.#docs.set(doc.id, doc);
    if (previous) this.#unindex(doc.id);
    this.#index(doc);
  }

  remove(id: string): boolean {
    if (!this.#docs.has(id)) return false;
    this.#unindex(id);
    return this.#docs.delete(id);
  }

  get(id: string): D | undefined {
    return this.#docs.get(id);
  }

  /** Documents containing every term of the query, best title matches first. */
  search(query: string, limit = 10): Hit<D>[] {
    const terms = [...new Set(tokens(query))];
    if (terms.length === 0) return [];
    const lists = terms.map((t) => this.#postings.get(t) ?? new Set<string>());
    lists.sort((a, b) => a.size - b.size);
    const hits: Hit<D>[] = [];
    for (const id of lists[0]) {
      if (!lists.every((l) => l.has(id))) continue;
      const doc = this.#docs.get(id);
      if (!doc) continue;
      const title = new Set(tokens(doc.title));
      hits.push({ doc, score: terms.filter((t) => title.has(t)).length * 2 + terms.length });
    }
    return hits.sort((a, b) => b.score - a.score).slice(0, limit);
  }

  get stats() {
    return { documents: this.#docs.size, terms: this.#postings.size };
  }

  #index(doc: D) {
    for (const term of SearchIndex.termsOf(doc)) {
      let ids = this.#postings.get(term);
      if (!ids) {
        ids = new Set<string>();
        this.#postings.set(term, ids);
      }
      ids.add(doc.id);
    }
  }

  #unindex(id: string) {
    const doc = this.#docs.get(id);
    if (!doc) return;
    for (const term of SearchIndex.termsOf(doc)) {
      const ids = this.#postings.get(term);
      if (!ids) continue;
      ids.delete(id);
      if (ids.size === 0) this.#postings.delete(term);
    }
  }
}
