const words = (text) =>
  String(text ?? "").toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1);

/**
 * Word → notice ids. Each notice's words are remembered when it is indexed so that
 * unindexing removes exactly what was added, whatever the notice says by then.
 */
export class NoticeIndex {
  #postings = new Map();
  #wordsOf = new Map();
  generation = 0;

  index(id, text) {
    this.unindex(id);
    const unique = [...new Set(words(text))];
    for (const w of unique) {
      let ids = this.#postings.get(w);
      if (!ids) this.#postings.set(w, ids = new Set());
      ids.add(id);
    }
    this.#wordsOf.set(id, unique);
    this.generation++;
  }

  unindex(id) {
    const previous = this.#wordsOf.get(id);
    if (!previous) return;
    for (const w of previous) {
      const ids = this.#postings.get(w);
      if (!ids) continue;
      ids.delete(id);
      if (ids.size === 0) this.#postings.delete(w);
    }
    this.#wordsOf.delete(id);
    this.generation++;
  }

  /** Ids containing every word of the query. */
  match(query) {
    const terms = [...new Set(words(query))];
    if (!terms.length) return [];
    const lists = terms.map((t) => this.#postings.get(t) ?? new Set()).sort((a, b) =>
      a.size - b.size
    );
    return [...lists[0]].filter((id) => lists.every((l) => l.has(id)));
  }

  get stats() {
    return { words: this.#postings.size, notices: this.#wordsOf.size };
  }
}
