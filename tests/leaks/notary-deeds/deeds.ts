import { type Clause, type Draft, draftDeed, type Party } from "./drafting.ts";

export interface Remark {
  clause: number;
  by: string;
  text: string;
  at: string;
}

/**
 * A deed open in the office: one document shared by everyone who has it open (the notary, the
 * clerk, the clients in the signing room) and by the PDF renderer while it renders. Each of
 * them holds a reference; the last one to let go unloads the deed.
 */
export class DeedDocument {
  static #loaded = new Map<string, DeedDocument>();

  #refs = 0;
  readonly viewers = new Map<string, string>();
  readonly remarks: Remark[] = [];
  revision = 1;

  private constructor(
    readonly matter: string,
    readonly parcel: Draft["parcel"],
    readonly priceCents: number,
    readonly parties: Party[],
    readonly clauses: Clause[],
  ) {}

  static acquire(matter: string): DeedDocument {
    let doc = DeedDocument.#loaded.get(matter);
    if (!doc) {
      const draft = draftDeed(matter);
      doc = new DeedDocument(matter, draft.parcel, draft.priceCents, draft.parties, draft.clauses);
      DeedDocument.#loaded.set(matter, doc);
    }
    doc.#refs++;
    return doc;
  }

  static peek(matter: string): DeedDocument | undefined {
    return DeedDocument.#loaded.get(matter);
  }

  static get openCount(): number {
    return DeedDocument.#loaded.size;
  }

  release(): void {
    if (this.#refs-- === 0) DeedDocument.#loaded.delete(this.matter);
  }

  remark(clause: number, by: string, text: string): Remark {
    const remark = { clause, by, text, at: new Date().toISOString() };
    this.remarks.push(remark);
    this.revision++;
    return remark;
  }
}
