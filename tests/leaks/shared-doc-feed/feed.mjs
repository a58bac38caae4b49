import { DocError } from "./doc.mjs";

const POLL_WAIT_MS = 250;

/**
 * Long-poll for a client: the ops it has not seen, or an empty list when nothing came in time,
 * or a 410 once the document is archived (the client then shows it read-only).
 */
export async function pollChanges(doc, since) {
  const ops = await Promise.race([
    doc.changesSince(since, POLL_WAIT_MS),
    doc.closed.then(() => {
      throw new DocError(410, `${doc.id} was archived`);
    }),
  ]);
  return {
    doc: doc.id,
    version: doc.version,
    ops: ops.map((e) => ({ v: e.v, kind: e.kind, pos: e.pos, text: e.text, length: e.length })),
  };
}
