import { catalogue } from "./catalogue.ts";
import { dropRehearsal, type Marking, packetFor } from "./packets.ts";

export interface Rehearsal {
  id: string;
  date: string;
  conductor: string;
  works: string[];
  markings: Record<string, Marking[]>;
}

export class LibraryError extends Error {
  constructor(message: string, readonly status = 422) {
    super(message);
  }
}

const rehearsals = new Map<string, Rehearsal>();

export function schedule(body: Partial<Rehearsal>): Rehearsal {
  if (!body.id || rehearsals.has(body.id)) throw new LibraryError("a new rehearsal id is required");
  const works = body.works ?? [];
  const unknown = works.filter((w) => !catalogue.work(w));
  if (works.length === 0 || unknown.length) {
    throw new LibraryError(`unknown works: ${unknown.join(", ") || "(none given)"}`);
  }
  const rehearsal: Rehearsal = {
    date: "",
    conductor: "",
    markings: {},
    ...body,
    id: body.id,
    works,
  };
  rehearsals.set(rehearsal.id, rehearsal);
  return rehearsal;
}

export function packet(id: string, workId: string, instrument: string, desk: number) {
  const r = rehearsals.get(id);
  if (!r) throw new LibraryError(`no rehearsal ${id}`, 404);
  if (!r.works.includes(workId)) throw new LibraryError(`${workId} is not on the programme`, 404);
  const marks = r.markings[`${workId}/${instrument}`] ?? [];
  const p = packetFor(r.id, workId, instrument, desk, marks);
  if (!p) throw new LibraryError(`no ${instrument} part for ${workId}`, 404);
  return p;
}

export function finish(id: string) {
  const r = rehearsals.get(id);
  if (!r) throw new LibraryError(`no rehearsal ${id}`, 404);
  rehearsals.delete(id);
  dropRehearsal(id);
  return { rehearsal: id, finished: new Date().toISOString() };
}
