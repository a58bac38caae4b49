import { recordUsage } from "./usage.ts";

export interface Enlarger {
  id: string;
  model: string;
  maxFormat: string;
  inUse: boolean;
}

export interface Session {
  id: string;
  member: string;
  enlarger: Enlarger;
  paper: string;
  exposures: number[];
  stage: "exposing" | "developing" | "drying" | "done";
  startedAt: number;
}

/** The club's enlargers; a fixed set, listed in the order members see them. */
class EnlargerRoom implements Iterable<Enlarger> {
  #list: Enlarger[];
  #reading = 0;

  constructor(list: Enlarger[]) {
    this.#list = list;
  }

  get(id: string) {
    return this.#list.find((e) => e.id === id);
  }

  // Counts readers for the status page; a reader is done when it reaches the end or stops early.
  [Symbol.iterator](): Iterator<Enlarger> & Iterable<Enlarger> {
    let index = 0;
    let open = true;
    const close = () => {
      if (open) this.#reading--;
      open = false;
    };
    this.#reading++;
    const list = this.#list;
    return {
      next(): IteratorResult<Enlarger> {
        if (index < list.length) return { value: list[index++], done: false };
        close();
        return { value: undefined, done: true };
      },
      return(): IteratorResult<Enlarger> {
        close();
        return { value: undefined, done: true };
      },
      [Symbol.iterator]() {
        return this;
      },
    };
  }

  get readers() {
    return this.#reading;
  }
}

export const room = new EnlargerRoom([
  { id: "durst-1", model: "Durst M605", maxFormat: "6x6", inUse: false },
  { id: "durst-2", model: "Durst M670 Color", maxFormat: "6x7", inUse: false },
  { id: "leitz-1", model: "Leitz Focomat V35", maxFormat: "35mm", inUse: false },
  { id: "beseler-1", model: "Beseler 23C", maxFormat: "6x9", inUse: false },
  { id: "dev-1", model: "De Vere 504", maxFormat: "4x5", inUse: false },
]);

/** Sessions in progress, for the darkroom door display. */
export const inProgress = new Set<Session>();

/** A session step by step: expose each print, develop, dry. */
export function* sessionSteps(session: Session): Generator<string, number, void> {
  inProgress.add(session);
  try {
    for (const seconds of session.exposures) {
      session.stage = "exposing";
      yield `expose ${seconds}s on ${session.paper}`;
    }
    session.stage = "developing";
    yield "develop 60s, stop 10s, fix 120s";
    session.stage = "drying";
    recordUsage(session.member, session.paper, session.exposures.length);
    return session.exposures.length;
  } finally {
    session.stage = "done";
    inProgress.delete(session);
  }
}
