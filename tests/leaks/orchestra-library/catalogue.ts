export interface Part {
  instrument: string;
  pages: number;
  edition: string;
}

export interface Work {
  id: string;
  composer: string;
  title: string;
  parts: Map<string, Part>;
}

function work(id: string, composer: string, title: string, parts: [string, number, string][]) {
  const byName = new Map<string, Part>();
  for (const [instrument, pages, edition] of parts) {
    byName.set(instrument, { instrument, pages, edition });
  }
  return { id, composer, title, parts: byName };
}

/**
 * The library's holdings. Bowings and cuts are marked in the master parts; when the librarian
 * republishes, every rendered part goes stale.
 */
export class Catalogue {
  #works = new Map<string, Work>();
  #revision = 1;
  #revised = Promise.withResolvers<number>();

  constructor(works: Work[]) {
    for (const w of works) this.#works.set(w.id, w);
  }

  get revision(): number {
    return this.#revision;
  }

  /** Settles when the librarian next republishes the catalogue. */
  get nextRevision(): Promise<number> {
    return this.#revised.promise;
  }

  work(id: string): Work | undefined {
    return this.#works.get(id);
  }

  publish(edits: { work: string; instrument: string; edition: string }[]): number {
    for (const e of edits) {
      const part = this.#works.get(e.work)?.parts.get(e.instrument);
      if (part) part.edition = e.edition;
    }
    this.#revision++;
    const settled = this.#revised;
    this.#revised = Promise.withResolvers<number>();
    settled.resolve(this.#revision);
    return this.#revision;
  }
}

export const catalogue = new Catalogue([
  work("brahms-2", "Brahms", "Symphony No. 2 in D major, Op. 73", [
    ["violin-1", 14, "Breitkopf 1926"],
    ["viola", 12, "Breitkopf 1926"],
    ["cello", 11, "Breitkopf 1926"],
  ]),
  work("sibelius-vc", "Sibelius", "Violin Concerto in D minor, Op. 47", [
    ["violin-1", 10, "Robert Lienau"],
    ["viola", 9, "Robert Lienau"],
    ["cello", 9, "Robert Lienau"],
  ]),
]);
