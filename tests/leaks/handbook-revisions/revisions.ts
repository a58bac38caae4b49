export interface Revision {
  n: number;
  author: string;
  at: string;
  summary: string;
  body: string;
  words: number;
}

/** How many revisions the history panel shows (and what we keep). */
const KEEP = 25;

export class RevisionLog {
  #bySlug = new Map<string, Revision[]>();

  record(slug: string, revision: Revision): number {
    let list = this.#bySlug.get(slug);
    if (!list) {
      list = [];
      this.#bySlug.set(slug, list);
    }
    list.push(revision);
    if (list.length > KEEP) list = list.slice(-KEEP);
    return list.length;
  }

  latest(slug: string, count = 10): Revision[] {
    return (this.#bySlug.get(slug) ?? []).slice(-count).reverse();
  }

  get(slug: string, n: number): Revision | undefined {
    return this.#bySlug.get(slug)?.find((r) => r.n === n);
  }
}
