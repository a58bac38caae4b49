import { Lru } from "./lru.ts";

export interface Edition {
  record: string;
  isbn: string;
  title: string;
  authors: string[];
  publisher: string;
  year: number;
  language: string;
  subjects: string[];
  fetchedAt: number;
}

const PUBLISHERS = ["De Bezige Bij", "Querido", "Atlas Contact", "Prometheus", "Meulenhoff"];
const SUBJECTS = ["fiction", "history", "travel", "science", "children", "poetry", "cooking"];

/** The national catalogue's lookup service (stubbed: a stable answer per record number). */
async function fetchEdition(record: string): Promise<Edition> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  const n = Number(record.slice(-6));
  return {
    record,
    isbn: `97890${String(n).padStart(8, "0")}`,
    title: `Collected ${SUBJECTS[n % SUBJECTS.length]} ${n % 97}`,
    authors: [`Author ${n % 311}`],
    publisher: PUBLISHERS[n % PUBLISHERS.length],
    year: 1960 + (n % 65),
    language: n % 5 === 0 ? "en" : "nl",
    subjects: [SUBJECTS[n % SUBJECTS.length], SUBJECTS[(n + 3) % SUBJECTS.length]],
    fetchedAt: Date.now(),
  };
}

const editions = new Lru<string, Edition>(64);
const inFlight = new Map<string, Promise<Edition>>();

/** Catalogue record numbers (PPN) are digits, sometimes typed with a trailing X check. */
export function normaliseRecord(raw: string): string | undefined {
  const id = raw.trim().toUpperCase();
  return /^\d{4,11}X?$/.test(id) ? id : undefined;
}

export function lookupEdition(record: string): Promise<Edition> {
  const cached = editions.get(record);
  if (cached) return Promise.resolve(cached);
  let pending = inFlight.get(record);
  if (!pending) {
    pending = fetchEdition(record)
      .then((edition) => {
        editions.set(record, edition);
        return edition;
      })
      .finally(() => inFlight.delete(record));
    inFlight.set(record, pending);
  }
  return pending;
}

export function catalogStats() {
  return { cached: editions.size, inFlight: inFlight.size };
}
