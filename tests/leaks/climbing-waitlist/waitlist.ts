import { normalisePhone } from "./phone.ts";

export interface JoinRequest {
  name: string;
  phone: string;
  email: string;
  grade: string;
  belayCert: string | null;
  notes: string;
}

export interface WaitEntry extends JoinRequest {
  course: string;
  joinedAt: number;
  offeredAt: number | null;
}

/**
 * Waiting lists for full courses, one Map in joining order (first come, first offered), keyed
 * by course and phone number: a member is on a course's list once, however they typed it.
 */
export class Waitlists {
  readonly #entries = new Map<string, WaitEntry>();
  #left = 0;

  join(course: string, req: JoinRequest): { entry: WaitEntry; position: number; already: boolean } {
    const key = `${course}|${normalisePhone(req.phone)}`;
    const existing = this.#entries.get(key);
    if (existing) return { entry: existing, position: this.position(course, key), already: true };
    const entry: WaitEntry = { ...req, course, joinedAt: Date.now(), offeredAt: null };
    this.#entries.set(key, entry);
    return { entry, position: this.position(course, key), already: false };
  }

  /** The "take me off the list" form; answering the same way whether or not they were on it. */
  leave(course: string, phone: string): boolean {
    const key = `${course}|${phone.trim().replace(" ", "")}`;
    const left = this.#entries.delete(key);
    if (left) this.#left++;
    return left;
  }

  /** A place came free: the first member not yet offered one gets the text. */
  offerNext(course: string): WaitEntry | null {
    for (const entry of this.#entries.values()) {
      if (entry.course === course && entry.offeredAt === null) {
        entry.offeredAt = Date.now();
        return entry;
      }
    }
    return null;
  }

  position(course: string, key: string): number {
    let n = 0;
    for (const [k, entry] of this.#entries) {
      if (entry.course !== course) continue;
      n++;
      if (k === key) return n;
    }
    return 0;
  }

  summary(course: string) {
    let waiting = 0;
    let offered = 0;
    for (const entry of this.#entries.values()) {
      if (entry.course !== course) continue;
      if (entry.offeredAt === null) waiting++;
      else offered++;
    }
    return { waiting, offered, left: this.#left };
  }
}
