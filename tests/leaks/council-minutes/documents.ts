/**
 * Council documents (agenda papers, motions, reports) from the council information system,
 * kept in a least-frequently-used cache: the papers of tonight's agenda are read over and over.
 */

export interface CouncilDocument {
  id: string;
  title: string;
  kind: "report" | "motion" | "letter" | "agenda";
  pages: number;
  publishedOn: string;
  url: string;
  summary: string;
}

interface Entry {
  value: CouncilDocument;
  freq: number;
}

class DocumentCache {
  #entries = new Map<string, Entry>();
  #byFreq = new Map<number, Set<string>>();
  #minFreq = 0;
  readonly capacity: number;

  constructor(capacity: number) {
    this.capacity = capacity;
  }

  get(id: string): CouncilDocument | undefined {
    const entry = this.#entries.get(id);
    if (!entry) return undefined;
    this.#bump(id, entry);
    return entry.value;
  }

  put(id: string, value: CouncilDocument): void {
    const entry = this.#entries.get(id);
    if (entry) {
      entry.value = value;
      this.#bump(id, entry);
      return;
    }
    if (this.#entries.size >= this.capacity) this.#evict();
    this.#entries.set(id, { value, freq: 1 });
    this.#set(1).add(id);
    this.#minFreq = 1;
  }

  #set(freq: number): Set<string> {
    let ids = this.#byFreq.get(freq);
    if (!ids) {
      ids = new Set();
      this.#byFreq.set(freq, ids);
    }
    return ids;
  }

  #bump(id: string, entry: Entry): void {
    const ids = this.#byFreq.get(entry.freq)!;
    ids.delete(id);
    if (ids.size === 0) {
      this.#byFreq.delete(entry.freq);
      if (this.#minFreq === entry.freq) this.#minFreq++;
    }
    entry.freq++;
    this.#set(entry.freq).add(id);
  }

  #evict(): void {
    const ids = this.#byFreq.get(this.#minFreq);
    if (!ids) return;
    const [victim] = ids;
    ids.delete(victim);
    if (ids.size === 0) this.#byFreq.delete(this.#minFreq);
    this.#entries.delete(victim);
  }

  get size(): number {
    return this.#entries.size;
  }
}

export const documents = new DocumentCache(32);

export async function fetchDocument(id: string): Promise<CouncilDocument | undefined> {
  const cached = documents.get(id);
  if (cached) return cached;
  if (!/^RIS-\d+$/.test(id)) return undefined;
  await new Promise((resolve) => setTimeout(resolve, 1));
  const n = Number(id.slice(4));
  const doc: CouncilDocument = {
    id,
    title: `Raadsvoorstel ${n}: fietsparkeren stationsgebied`,
    kind: n % 3 === 0 ? "motion" : "report",
    pages: 4 + (n % 17),
    publishedOn: "2025-05-28",
    url: `https://ris.gemeente.example/documents/${id}.pdf`,
    summary: "Proposal to add 1,200 bicycle parking places on the east side of the station.",
  };
  documents.put(id, doc);
  return documents.get(id);
}
