/**
 * Prepared documents waiting to be downloaded. The portal shows a "Download" button once a
 * statement has been generated; the link works once and for fifteen minutes.
 */

const LINK_TTL_MS = 15 * 60 * 1000;
const MAX_WAITING = 500;

interface PreparedDownload {
  objectUrl: string;
  filename: string;
  contentType: string;
  employee: string;
  expiresAt: number;
}

const waiting = new Map<string, PreparedDownload>();

export class DownloadError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export function prepare(
  id: string,
  employee: string,
  filename: string,
  blob: Blob,
): { id: string; href: string; expiresAt: string } {
  if (waiting.size >= MAX_WAITING) throw new DownloadError(503, "too many downloads waiting");
  const expiresAt = Date.now() + LINK_TTL_MS;
  waiting.set(id, {
    objectUrl: URL.createObjectURL(blob),
    filename,
    contentType: blob.type,
    employee,
    expiresAt,
  });
  return { id, href: `/downloads/${id}`, expiresAt: new Date(expiresAt).toISOString() };
}

/** Hands out a prepared document once; the caller must be the employee it was made for. */
export async function take(id: string, employee: string | null): Promise<Response> {
  const prepared = waiting.get(id);
  if (!prepared || prepared.expiresAt < Date.now()) {
    throw new DownloadError(410, "link expired, generate the statement again");
  }
  if (prepared.employee !== employee) throw new DownloadError(403, "not your document");
  waiting.delete(id);
  const body = await fetch(prepared.objectUrl);
  return new Response(body.body, {
    headers: {
      "content-type": prepared.contentType,
      "content-disposition": `attachment; filename="${prepared.filename}"`,
      "cache-control": "no-store",
    },
  });
}

export function pending(): number {
  return waiting.size;
}

// Links nobody clicked.
setInterval(() => {
  const now = Date.now();
  for (const [id, prepared] of waiting) if (prepared.expiresAt < now) waiting.delete(id);
}, 60_000);
