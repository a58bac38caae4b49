import type { Sighting } from "./journal.ts";

/** A record in the county recorder's import format. */
export interface RecorderRecord {
  taxon: string;
  vernacular: string;
  abundance: number;
  location: string;
  gridRef: string;
  date: string;
  recorder: string;
  breedingEvidence: string | null;
  comment: string;
}

export function toRecord(s: Sighting): RecorderRecord {
  return {
    taxon: s.species.scientific,
    vernacular: s.species.name,
    abundance: s.count,
    location: s.site,
    gridRef: s.gridRef,
    date: s.date,
    recorder: s.observer.name,
    breedingEvidence: s.breeding ?? null,
    comment: [s.notes, s.description].filter(Boolean).join(" | "),
  };
}

/** The county recorder's import API, as the sync sees it (in-process stand-in). */
export class RecorderApi {
  imported = 0;
  batches = 0;
  bySpecies = new Map<string, number>();

  async submit(records: RecorderRecord[]) {
    await new Promise((resolve) => setTimeout(resolve, 5));
    for (const r of records) {
      this.bySpecies.set(r.vernacular, (this.bySpecies.get(r.vernacular) ?? 0) + r.abundance);
    }
    this.imported += records.length;
    this.batches++;
    return { accepted: records.length };
  }
}
