"use strict";

const { analyze, tokenize } = require("./analysis.cjs");

const FIELDS = ["category", "description", "colour", "foundAt"];
const FIELD_BOOST = { category: 3, description: 1, colour: 2, foundAt: 0.5 };

/** An inverted index of the items in store: term → (item id → posting). */
class SearchIndex {
  constructor() {
    this.postings = new Map();
    this.documents = 0;
  }

  add(item) {
    const perTerm = new Map();
    for (const field of FIELDS) {
      analyze(item[field]).forEach((term, position) => {
        const posting = perTerm.get(term) ?? { field, tf: 0, positions: [] };
        posting.tf++;
        posting.positions.push(position);
        perTerm.set(term, posting);
      });
    }
    for (const [term, posting] of perTerm) {
      let list = this.postings.get(term);
      if (!list) {
        list = new Map();
        this.postings.set(term, list);
      }
      list.set(item.id, posting);
    }
    this.documents++;
  }

  remove(item) {
    const text = FIELDS.map((field) => item[field] ?? "").join(" ");
    for (const term of tokenize(text)) {
      const list = this.postings.get(term);
      if (!list) continue;
      list.delete(item.id);
      if (list.size === 0) this.postings.delete(term);
    }
    this.documents--;
  }

  /** Item ids matching every term of the query, best first. */
  search(query, limit = 20) {
    const terms = [...new Set(analyze(query))];
    if (terms.length === 0) return [];
    const lists = terms.map((t) => this.postings.get(t));
    if (lists.some((l) => !l)) return [];
    lists.sort((a, b) => a.size - b.size);
    const scored = [];
    for (const [id] of lists[0]) {
      let score = 0;
      let all = true;
      for (const list of lists) {
        const posting = list.get(id);
        if (!posting) {
          all = false;
          break;
        }
        const idf = Math.log(1 + this.documents / list.size);
        score += posting.tf * FIELD_BOOST[posting.field] * idf;
      }
      if (all) scored.push({ id, score });
    }
    return scored.sort((a, b) => b.score - a.score).slice(0, limit).map((s) => s.id);
  }
}

module.exports = { SearchIndex, FIELDS };
