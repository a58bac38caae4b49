import type { Draft, NoticeDesk } from "./desk.ts";

export interface PrintedNotice {
  id: string;
  kind: Draft["kind"];
  heading: string;
  words: number;
  price: string;
  column: number;
}

const RATE_PER_WORD = 1.45;
const MIN_CHARGE = 38;
const MAX_WORDS = 400;
const MAX_EDITION = 40;
const gbp = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP" });

function wordsIn(d: Draft): number {
  const text = [d.content.heading, d.content.text, d.content.funeral.when, d.content.funeral.where]
    .join(" ");
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * Typesetting for the next edition. Notices queued while a request is being handled are set
 * together once it is done (one microtask later), so a column is filled in one pass.
 */
export class Publisher {
  #queue: Draft[] = [];
  #scheduled = false;
  #edition: PrintedNotice[] = [];
  #bounced = 0;

  constructor(private readonly desk: NoticeDesk) {}

  submit(draft: Draft) {
    draft.status = "queued";
    // a copy: what is typeset is what was approved, whatever happens to the draft meanwhile
    this.#queue.push(structuredClone(draft));
    if (!this.#scheduled) {
      this.#scheduled = true;
      queueMicrotask(() => this.#typeset());
    }
  }

  #typeset() {
    this.#scheduled = false;
    for (const notice of this.#queue.splice(0)) {
      const words = wordsIn(notice);
      if (words > MAX_WORDS) {
        this.#bounced++;
        this.desk.bounce(notice.id);
        continue;
      }
      this.#edition.unshift({
        id: notice.id,
        kind: notice.kind,
        heading: notice.content.heading,
        words,
        price: gbp.format(Math.max(MIN_CHARGE, words * RATE_PER_WORD)),
        column: 1 + (this.#edition.length % 6),
      });
      if (this.#edition.length > MAX_EDITION) this.#edition.length = MAX_EDITION;
      this.desk.forget(notice);
    }
  }

  edition() {
    return { notices: this.#edition.slice(0, 12), bounced: this.#bounced };
  }
}
