export interface Appointment {
  id: string;
  patient: string;
  therapist: string;
  clinic: string;
  day: string;
  start: string;
  minutes: number;
  reason: string;
  notes: { at: number; by: string; text: string }[];
}

/**
 * A unit of work: writes are buffered and applied on commit, and after-commit hooks (cache
 * invalidation, notifications) run once the data they depend on is visible to readers.
 */
export class Tx {
  readonly afterCommit: Array<() => void> = [];
  #writes: Array<() => void> = [];
  #done = false;

  constructor(readonly autocommit = false) {}

  write(apply: () => void) {
    if (this.#done) throw new Error("transaction already finished");
    if (this.autocommit) apply();
    else this.#writes.push(apply);
  }

  commit() {
    this.#done = true;
    for (const apply of this.#writes) apply();
    for (const hook of this.afterCommit) hook();
  }

  rollback() {
    this.#done = true;
  }
}

/** The clinic's tables, and transactions over them (think of a thin layer over Postgres). */
export class Database {
  readonly appointments = new Map<string, Appointment>();
  // Statements outside a transaction apply at once, as with the driver's autocommit.
  readonly #autocommit = new Tx(true);
  commits = 0;

  get autocommit(): Tx {
    return this.#autocommit;
  }

  async transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const tx = new Tx();
    try {
      const result = await work(tx);
      tx.commit();
      this.commits++;
      return result;
    } catch (err) {
      tx.rollback();
      throw err;
    }
  }

  /** Like Django's on_commit: runs `hook` once `tx` (default: the current autocommit) commits. */
  onCommit(hook: () => void, tx: Tx = this.#autocommit) {
    tx.afterCommit.push(hook);
  }
}
