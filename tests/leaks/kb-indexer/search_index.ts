export interface Article {
  id: string;
  title: string;
  body: string;
  tags: string[];
  updatedAt: string;
}

export interface SearchHit {
  id: string;
  title: string;
  score: number;
}

function tokenize(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((token) => token.length > 2);
}

function tokensOf(article: Article): Set<string> {
  return new Set(tokenize(`${article.title} ${article.body} ${article.tags.join(" ")}`));
}

export class SearchIndex extends EventTarget {
  readonly ready: Promise<void>;
  #articles = new Map<string, Article>();
  #postings = new Map<string, Set<string>>();

  constructor(seed: Article[]) {
    super();
    this.#open(seed);
    this.ready = new Promise((resolve) => {
      this.addEventListener("open", () => resolve(), { once: true });
    });
  }

  get size(): number {
    return this.#articles.size;
  }

  #open(seed: Article[]) {
    for (const article of seed) this.#put(article);
    this.dispatchEvent(new Event("open"));
  }

  #put(article: Article) {
    const previous = this.#articles.get(article.id);
    if (previous) this.#unlink(previous);
    this.#articles.set(article.id, article);
    for (const token of tokensOf(article)) {
      let ids = this.#postings.get(token);
      if (!ids) {
        ids = new Set();
        this.#postings.set(token, ids);
      }
      ids.add(article.id);
    }
  }

  #unlink(article: Article) {
    for (const token of tokensOf(article)) {
      const ids = this.#postings.get(token);
      ids?.delete(article.id);
      if (ids?.size === 0) this.#postings.delete(token);
    }
  }

  async upsert(article: Article): Promise<void> {
    await this.ready;
    this.#put(article);
    this.dispatchEvent(new CustomEvent("updated", { detail: article.id }));
  }

  search(query: string, limit = 10): SearchHit[] {
    const scores = new Map<string, number>();
    for (const token of tokenize(query)) {
      for (const id of this.#postings.get(token) ?? []) {
        scores.set(id, (scores.get(id) ?? 0) + 1);
      }
    }
    return [...scores]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([id, score]) => ({ id, title: this.#articles.get(id)!.title, score }));
  }
}
