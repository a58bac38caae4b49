export type Op =
  | { op: "set"; step: number; text: string }
  | { op: "check"; step: number; done: boolean }
  | { op: "note"; step: number; text: string };

export interface LogEntry {
  version: number;
  author: string;
  at: number;
  op: Op;
}

export interface Snapshot<T> {
  version: number;
  at: number;
  state: T;
}

/** Ops take the snapshot this many entries after the previous one. */
const SNAPSHOT_EVERY = 50;

/**
 * The operation log of one document: clients that were offline replay what they missed with
 * `since(version)`; anyone further behind than the last snapshot gets the snapshot instead.
 */
export class OpLog<T> {
  #entries: LogEntry[] = [];
  #version = 0;
  #snapshot: Snapshot<T>;
  #capture: () => T;

  constructor(capture: () => T) {
    this.#capture = capture;
    this.#snapshot = { version: 0, at: Date.now(), state: capture() };
  }

  get version(): number {
    return this.#version;
  }

  append(ops: Op[], author: string): number {
    const at = Date.now();
    for (const op of ops) {
      this.#entries.push({ version: ++this.#version, author, at, op });
    }
    if (this.#entries.length === SNAPSHOT_EVERY) this.#compact();
    return this.#version;
  }

  /** What a client at `version` needs to catch up: the ops after it, or a snapshot first. */
  since(version: number): { snapshot?: Snapshot<T>; ops: LogEntry[] } {
    if (version < this.#snapshot.version) {
      return { snapshot: this.#snapshot, ops: this.#entries.slice() };
    }
    return { ops: this.#entries.filter((e) => e.version > version) };
  }

  stats() {
    return {
      version: this.#version,
      entries: this.#entries.length,
      snapshotAt: this.#snapshot.version,
    };
  }

  #compact() {
    this.#snapshot = { version: this.#version, at: Date.now(), state: this.#capture() };
    this.#entries.splice(0, this.#entries.length);
  }
}
