/**
 * The primary's change log and the shop replicas reading it. The log is trimmed to what the
 * slowest attached replica has not read yet, and never beyond MAX_LOG: a replica further
 * behind than that reloads the full stock file instead.
 */
const MAX_LOG = 200;
/** Kept even when every replica is caught up, so a replica attaching "from recent" has some. */
const MIN_LOG = 20;
const PULL_LIMIT = 25;

export class ReplicationError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export class ReplicationLog {
  #entries = [];
  #seq = 0;
  #replicas = new Map();
  trimmed = 0;

  append(change) {
    const entry = { seq: ++this.#seq, at: Date.now(), ...change };
    this.#entries.push(entry);
    this.#trim();
    return entry;
  }

  attach(id, from) {
    if (this.#replicas.has(id)) throw new ReplicationError(409, `replica ${id} is attached`);
    const oldest = this.#entries.length ? this.#entries[0].seq - 1 : this.#seq;
    const cursor = from === "recent" ? Math.max(oldest, this.#seq - 5) : this.#seq;
    this.#replicas.set(id, { id, cursor, attachedAt: Date.now(), pulls: 0 });
    return { id, cursor };
  }

  detach(id) {
    if (!this.#replicas.delete(id)) throw new ReplicationError(404, `replica ${id} not attached`);
    this.#trim();
    return { id, detached: true };
  }

  pull(id) {
    const replica = this.#replicas.get(id);
    if (!replica) throw new ReplicationError(404, `replica ${id} not attached`);
    replica.pulls++;
    const first = this.#entries.length ? this.#entries[0].seq : this.#seq + 1;
    if (replica.cursor < first - 1) {
      replica.cursor = this.#seq;
      return { reload: true, changes: [] };
    }
    const changes = this.#entries.filter((e) => e.seq > replica.cursor).slice(0, PULL_LIMIT);
    if (changes.length) replica.cursor = changes[changes.length - 1].seq;
    this.#trim();
    return { reload: false, changes };
  }

  #trim() {
    let slowest = this.#seq;
    for (const r of this.#replicas.values()) slowest = Math.min(slowest, r.cursor);
    let drop = 0;
    while (
      drop < this.#entries.length - MIN_LOG &&
      (this.#entries[drop].seq <= slowest || this.#entries.length - drop > MAX_LOG)
    ) drop++;
    if (drop > 0) {
      this.#entries.splice(0, drop);
      this.trimmed += drop;
    }
  }

  stats() {
    return {
      head: this.#seq,
      kept: this.#entries.length,
      replicas: [...this.#replicas.values()].map((r) => ({ id: r.id, cursor: r.cursor })),
      trimmed: this.trimmed,
    };
  }
}
