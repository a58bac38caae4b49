import { bisectLeft, type Compare, findSorted } from "./bisect.ts";

export type Voice =
  | "soprano 1"
  | "soprano 2"
  | "alto 1"
  | "alto 2"
  | "tenor 1"
  | "tenor 2"
  | "bass 1"
  | "bass 2";

export interface CheckIn {
  member: string;
  surname: string;
  given: string;
  voice: Voice;
  phone?: string;
  folder?: string;
  pieces?: string[];
}

export interface RegisterEntry {
  member: string;
  surname: string;
  given: string;
  sortKey: string;
  voice: Voice;
  phone: string | null;
  folder: string | null;
  pieces: string[];
  arrivedAt: string;
  staff: boolean;
}

/**
 * Who is in the room, in surname order as the section leaders' printout has it: Dutch
 * surnames file without their punctuation and case ("'t Hooft" with the T's), so the
 * register sorts with a collator rather than by code unit.
 */
const collator = new Intl.Collator("nl", { sensitivity: "base", ignorePunctuation: true });
const bySurname: Compare<string> = (a, b) => collator.compare(a, b);
const keyOf = (e: RegisterEntry) => e.sortKey;

export class Register {
  readonly #singers: RegisterEntry[] = [];
  #left = 0;

  constructor(readonly rehearsal: string, readonly venue: string) {}

  checkIn(input: CheckIn, staff = false): RegisterEntry {
    if (this.#singers.some((e) => e.member === input.member)) {
      throw new RangeError(`${input.member} is already checked in`);
    }
    const entry: RegisterEntry = {
      member: input.member,
      surname: input.surname,
      given: input.given,
      sortKey: `${input.surname}, ${input.given}`,
      voice: input.voice,
      phone: input.phone ?? null,
      folder: input.folder ?? null,
      pieces: input.pieces ?? [],
      arrivedAt: new Date().toISOString(),
      staff,
    };
    const at = bisectLeft(this.#singers, entry.sortKey, keyOf, bySurname);
    this.#singers.splice(at, 0, entry);
    return entry;
  }

  /** Leaving early or at the end; a member who is not on the register is fine. */
  checkOut(member: string, surname: string, given: string): boolean {
    const i = findSorted(this.#singers, `${surname}, ${given}`, keyOf, (e) => e.member === member);
    if (i < 0) return false;
    this.#singers.splice(i, 1);
    this.#left++;
    return true;
  }

  find(member: string): RegisterEntry | undefined {
    return this.#singers.find((e) => e.member === member);
  }

  present(voice?: string): { name: string; voice: Voice; folder: string | null }[] {
    return this.#singers
      .filter((e) => !voice || e.voice.startsWith(voice))
      .map((e) => ({ name: `${e.given} ${e.surname}`, voice: e.voice, folder: e.folder }));
  }

  counts() {
    const bySection: Record<string, number> = {};
    for (const e of this.#singers) {
      const section = e.voice.split(" ")[0];
      bySection[section] = (bySection[section] ?? 0) + 1;
    }
    return { present: this.#singers.length, left: this.#left, bySection };
  }
}
