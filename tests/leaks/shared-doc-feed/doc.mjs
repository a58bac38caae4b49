const LOG_SIZE = 200;

export class DocError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/**
 * A shared plain-text document: clients send ops (insert/delete at an offset), the server
 * orders them and hands them out to everyone long-polling for changes.
 */
export class SharedDoc {
  #waiting = new Set();
  #close;

  constructor(id, text) {
    this.id = id;
    this.text = text;
    this.version = 0;
    this.log = [];
    // settles when the document is archived or deleted; pollers stop waiting then
    this.closed = new Promise((resolve) => (this.#close = resolve));
  }

  apply(op) {
    const pos = Math.max(0, Math.min(Number(op.pos) || 0, this.text.length));
    if (op.kind === "insert") {
      this.text = this.text.slice(0, pos) + String(op.text ?? "") + this.text.slice(pos);
    } else if (op.kind === "delete") {
      this.text = this.text.slice(0, pos) + this.text.slice(pos + (Number(op.length) || 0));
    } else {
      throw new DocError(400, `unknown op ${op.kind}`);
    }
    const entry = {
      v: ++this.version,
      kind: op.kind,
      pos,
      text: op.text,
      length: op.length,
      client: op.client,
      at: Date.now(),
    };
    this.log.push(entry);
    if (this.log.length > LOG_SIZE) this.log.shift();
    for (const wake of this.#waiting) wake();
    this.#waiting.clear();
    return entry;
  }

  /** Ops after version `since`; waits up to `waitMs` for one if there are none yet. */
  changesSince(since, waitMs) {
    const oldest = this.log.length ? this.log[0].v : this.version + 1;
    if (since < oldest - 1) return Promise.reject(new DocError(410, "too far behind, reload"));
    const ready = this.log.filter((e) => e.v > since);
    if (ready.length) return Promise.resolve(ready);
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.#waiting.delete(wake);
        resolve(this.log.filter((e) => e.v > since));
      };
      const timer = setTimeout(wake, waitMs);
      this.#waiting.add(wake);
    });
  }

  archive() {
    this.#close({ id: this.id, version: this.version });
  }
}

export const docs = new Map([
  [
    "spec-42",
    new SharedDoc(
      "spec-42",
      "Export API v2\n\nGoals: stream large exports, resumable downloads, per-tenant quotas.\n",
    ),
  ],
]);
