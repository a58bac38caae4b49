export interface StoredDoc {
  id: string;
  rev: number;
  title: string;
  owner: string;
  text: string;
  uploadedAt: string;
}

export class DocError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/** Working documents of open tenders; archived ones move to cold storage (not kept here). */
export class DocumentStore {
  #docs = new Map<string, StoredDoc>();
  #archived = 0;

  save(input: { id?: unknown; title?: unknown; owner?: unknown; text?: unknown }): StoredDoc {
    if (typeof input.id !== "string" || !/^[\w-]{1,64}$/.test(input.id)) {
      throw new DocError(400, "id is required");
    }
    if (typeof input.text !== "string" || input.text.length === 0) {
      throw new DocError(400, "text is required");
    }
    const previous = this.#docs.get(input.id);
    const doc: StoredDoc = {
      id: input.id,
      rev: (previous?.rev ?? 0) + 1,
      title: typeof input.title === "string" ? input.title : input.id,
      owner: typeof input.owner === "string" ? input.owner : "unknown",
      text: input.text,
      uploadedAt: new Date().toISOString(),
    };
    this.#docs.set(doc.id, doc);
    return doc;
  }

  get(id: string): StoredDoc {
    const doc = this.#docs.get(id);
    if (!doc) throw new DocError(404, `no document ${id}`);
    return doc;
  }

  archive(id: string): void {
    if (!this.#docs.delete(id)) throw new DocError(404, `no document ${id}`);
    this.#archived++;
  }

  list() {
    return {
      open: [...this.#docs.values()].map((d) => ({ id: d.id, rev: d.rev, title: d.title })),
      archived: this.#archived,
    };
  }
}
