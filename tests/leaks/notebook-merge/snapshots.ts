/** The text of one version of a note, kept so an editor that opened it can merge later. */
export interface Snapshot {
  version: number;
  text: string;
  author: string;
  at: number;
}

/**
 * Past versions of every note, keyed `${note}@${version}`. A tab that went offline edits on
 * top of the version it opened, so its base has to be here when it comes back; older versions
 * than that (and than the last few) are pruned after each write.
 */
export class SnapshotStore {
  readonly keep: number;
  #snapshots = new Map<string, Snapshot>();

  constructor(keep: number) {
    this.keep = keep;
  }

  put(noteKey: string, version: number, text: string, author: string, oldestNeeded: number) {
    const snapshot: Snapshot = { version, text, author, at: Date.now() };
    this.#snapshots.set(`${noteKey}@${version}`, snapshot);
    this.prune(noteKey, Math.min(version - this.keep, oldestNeeded));
  }

  get(noteKey: string, version: number): Snapshot | undefined {
    return this.#snapshots.get(`${noteKey}@${version}`);
  }

  /** Drops the versions of a note older than `below`. */
  prune(noteKey: string, below: number) {
    for (const key of this.#snapshots.keys()) {
      const [note, version] = key.split("@");
      if (note === noteKey && Number(version) < below) this.#snapshots.delete(key);
    }
  }

  get size() {
    return this.#snapshots.size;
  }
}
