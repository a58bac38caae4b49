/** One autosaved version of a document, kept gzipped for the history panel and restores. */
export interface Revision {
  etag: string;
  savedAt: string;
  author: string;
  bytes: number;
  gz: Uint8Array<ArrayBuffer>;
}

export interface DocState {
  id: string;
  title: string;
  head: string;
  headEtag: string;
  saves: number;
  revisions: Revision[];
}

/** Revisions the history panel offers; older ones are dropped. */
export const MAX_REVISIONS = 25;

const encoder = new TextEncoder();

async function gzip(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

async function gunzip(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
  return await new Response(stream).text();
}

async function etagOf(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  return Array.from(digest.subarray(0, 12), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** The policy documents being edited, by id (created on first save). */
export const documents = new Map<string, DocState>();

export async function autosave(
  id: string,
  author: string,
  text: string,
  title?: string,
): Promise<{ doc: DocState; changed: boolean }> {
  let doc = documents.get(id);
  if (!doc) {
    doc = { id, title: title ?? id, head: "", headEtag: "", saves: 0, revisions: [] };
    documents.set(id, doc);
  }
  const bytes = encoder.encode(text);
  const etag = await etagOf(bytes);
  if (etag === doc.headEtag) return { doc, changed: false };

  doc.head = text;
  doc.headEtag = etag;
  doc.saves++;
  if (title) doc.title = title;
  doc.revisions.push({
    etag,
    savedAt: new Date().toISOString(),
    author,
    bytes: bytes.length,
    gz: await gzip(bytes),
  });
  if (doc.revisions.length > MAX_REVISIONS) {
    // drop the oldest so the panel shows the last MAX_REVISIONS
    doc.revisions.slice(0, doc.revisions.length - MAX_REVISIONS);
  }
  return { doc, changed: true };
}

export async function restore(doc: DocState, etag: string): Promise<string | null> {
  const revision = doc.revisions.find((r) => r.etag === etag);
  return revision ? await gunzip(revision.gz) : null;
}
