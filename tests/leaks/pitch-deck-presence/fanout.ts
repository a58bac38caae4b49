export interface Note {
  seq: number;
  type: "joined" | "cursor" | "left" | "slide";
  deck: string;
  session: string;
  editor: string;
  at: number;
  data?: Record<string, unknown>;
}

export interface Watcher {
  id: string;
  deck: string;
  session: string;
  mailbox: Note[];
  closed: boolean;
  since: number;
}

const MAILBOX_LIMIT = 100;
const FLUSH_MS = 150;

/**
 * Change notifications for everyone looking at a deck. Publishing only queues; the flush
 * moves each watcher's batch to its mailbox on a short tick, so a burst of cursor moves
 * costs one wake-up per client instead of one per move.
 */
export class Fanout {
  #watchers = new Map<string, Set<Watcher>>();
  #pending = new Map<Watcher, Note[]>();
  #seq = 0;
  #timer: ReturnType<typeof setInterval>;

  constructor() {
    this.#timer = setInterval(() => this.#flush(), FLUSH_MS);
  }

  watch(deck: string, session: string): Watcher {
    const watcher: Watcher = {
      id: crypto.randomUUID(),
      deck,
      session,
      mailbox: [],
      closed: false,
      since: Date.now(),
    };
    let set = this.#watchers.get(deck);
    if (!set) {
      set = new Set();
      this.#watchers.set(deck, set);
    }
    set.add(watcher);
    return watcher;
  }

  unwatch(watcher: Watcher) {
    watcher.closed = true;
    const set = this.#watchers.get(watcher.deck);
    if (!set) return;
    set.delete(watcher);
    if (set.size === 0) this.#watchers.delete(watcher.deck);
  }

  publish(note: Omit<Note, "seq" | "at">) {
    const full: Note = { ...note, seq: ++this.#seq, at: Date.now() };
    for (const watcher of this.#watchers.get(note.deck) ?? []) {
      let batch = this.#pending.get(watcher);
      if (!batch) {
        batch = [];
        this.#pending.set(watcher, batch);
      }
      batch.push(full);
    }
  }

  stats() {
    return { decks: this.#watchers.size, pending: this.#pending.size, seq: this.#seq };
  }

  close() {
    clearInterval(this.#timer);
  }

  #flush() {
    for (const [watcher, batch] of this.#pending) {
      // nobody is reading a closed watcher's mailbox
      if (watcher.closed) continue;
      watcher.mailbox.push(...batch);
      if (watcher.mailbox.length > MAILBOX_LIMIT) {
        watcher.mailbox.splice(0, watcher.mailbox.length - MAILBOX_LIMIT);
      }
      this.#pending.delete(watcher);
    }
  }
}
