export interface CollabDocument {
  id: string;
  title: string;
  owner: string;
  body: string;
  revision: number;
  updatedAt: string;
}

export class DocumentError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const ID = /^[a-z0-9-]{3,60}$/;
const MAX_BODY = 20_000;

/** Open documents; archived ones go to cold storage and leave this map. */
const documents = new Map<string, CollabDocument>();

export function create(input: { id?: unknown; title?: unknown; owner?: unknown }): CollabDocument {
  const id = String(input.id ?? "");
  if (!ID.test(id)) throw new DocumentError(400, "id is a lowercase slug");
  if (documents.has(id)) throw new DocumentError(409, `${id} exists`);
  const title = String(input.title ?? "").trim();
  if (!title) throw new DocumentError(400, "title is required");
  const doc: CollabDocument = {
    id,
    title,
    owner: String(input.owner ?? "unknown"),
    body: "",
    revision: 0,
    updatedAt: new Date().toISOString(),
  };
  documents.set(id, doc);
  return doc;
}

export function get(id: string): CollabDocument {
  const doc = documents.get(id);
  if (!doc) throw new DocumentError(404, `no document ${id}`);
  return doc;
}

export function save(id: string, body: string, baseRevision: number): CollabDocument {
  const doc = get(id);
  if (baseRevision !== doc.revision) throw new DocumentError(409, "document changed, reload");
  if (body.length > MAX_BODY) throw new DocumentError(413, "document too large");
  doc.body = body;
  doc.revision++;
  doc.updatedAt = new Date().toISOString();
  return doc;
}

export function archive(id: string): CollabDocument {
  const doc = get(id);
  documents.delete(id);
  return doc;
}

export function openCount(): number {
  return documents.size;
}
