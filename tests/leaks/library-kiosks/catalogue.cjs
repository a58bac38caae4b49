"use strict";

class LibraryError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/**
 * The branch's copies, loans and holds. Screens that show them subscribe to a channel
 * ("loans", "holds") and get each change.
 */
class Catalogue {
  #copies = new Map();
  #loans = new Map(); // patron id → Set of barcodes
  #holds = new Map(); // isbn → queue of patron ids
  #subscribers = new Map();

  constructor(titles) {
    for (const t of titles) {
      for (let n = 1; n <= t.copies; n++) {
        const barcode = `${t.isbn.slice(-6)}-${n}`;
        this.#copies.set(barcode, { barcode, ...t, onLoanTo: null, due: null });
      }
    }
  }

  subscribe(channel, fn) {
    let set = this.#subscribers.get(channel);
    if (!set) {
      set = new Set();
      this.#subscribers.set(channel, set);
    }
    set.add(fn);
    return () => set.delete(fn);
  }

  #emit(channel, change) {
    for (const fn of this.#subscribers.get(channel) ?? []) fn(change);
  }

  copy(barcode) {
    const c = this.#copies.get(barcode);
    if (!c) throw new LibraryError(404, `no copy ${barcode}`);
    return c;
  }

  loansFor(patronId) {
    return [...(this.#loans.get(patronId) ?? [])].map((b) => {
      const c = this.#copies.get(b);
      return { barcode: b, title: c.title, author: c.author, due: c.due };
    });
  }

  holdsFor(patronId) {
    const out = [];
    for (const [isbn, queue] of this.#holds) {
      const at = queue.indexOf(patronId);
      if (at >= 0) out.push({ isbn, position: at + 1 });
    }
    return out;
  }

  /** Lends the first copy of the title on the shelf. */
  lend(isbn, patronId, days = 21) {
    let c = null;
    for (const copy of this.#copies.values()) {
      if (copy.isbn === isbn && !copy.onLoanTo) {
        c = copy;
        break;
      }
    }
    if (!c) throw new LibraryError(409, `no copy of ${isbn} on the shelf`);
    const barcode = c.barcode;
    c.onLoanTo = patronId;
    c.due = new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
    let mine = this.#loans.get(patronId);
    if (!mine) {
      mine = new Set();
      this.#loans.set(patronId, mine);
    }
    mine.add(barcode);
    this.#emit("loans", { type: "lent", patron: patronId, barcode, due: c.due });
    return { barcode, title: c.title, due: c.due };
  }

  /** The patron's copy of the title, if they have one. */
  loanOf(patronId, isbn) {
    for (const b of this.#loans.get(patronId) ?? []) {
      if (this.#copies.get(b).isbn === isbn) return b;
    }
    return null;
  }

  giveBack(barcode) {
    const c = this.copy(barcode);
    const patronId = c.onLoanTo;
    if (!patronId) throw new LibraryError(409, `${barcode} is not on loan`);
    c.onLoanTo = null;
    c.due = null;
    const mine = this.#loans.get(patronId);
    mine?.delete(barcode);
    if (mine?.size === 0) this.#loans.delete(patronId);
    this.#emit("loans", { type: "returned", patron: patronId, barcode });
    return { barcode, title: c.title };
  }

  get stats() {
    let onLoan = 0;
    for (const c of this.#copies.values()) if (c.onLoanTo) onLoan++;
    return { copies: this.#copies.size, onLoan, borrowers: this.#loans.size };
  }
}

const catalogue = new Catalogue([
  { isbn: "9789029539159", title: "De avonden", author: "Gerard Reve", copies: 40 },
  { isbn: "9789023466185", title: "Het diner", author: "Herman Koch", copies: 40 },
  { isbn: "9789044630213", title: "Tirza", author: "Arnon Grunberg", copies: 40 },
  { isbn: "9789025368586", title: "De aanslag", author: "Harry Mulisch", copies: 40 },
]);

module.exports = { LibraryError, catalogue };
