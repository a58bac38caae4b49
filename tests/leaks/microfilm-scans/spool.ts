/** One scanned microfilm page on its way from the scanner to the archive. */
export interface ScanJob {
  reel: string;
  page: number;
  operator: string;
  path: string;
  bytes: number;
  receivedAt: number;
  discarded: boolean;
}

/** Writes the uploaded page to its spool file (the FsFile is closed when the body ends). */
export async function spoolPage(job: ScanJob, body: ReadableStream<Uint8Array>): Promise<void> {
  const file = await Deno.open(job.path, { write: true, truncate: true });
  const counter = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      job.bytes += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  await body.pipeThrough(counter).pipeTo(file.writable);
}

/** SHA-256 of the spooled page, read back from the spool file. */
export async function checksum(job: ScanJob): Promise<string> {
  using file = await Deno.open(job.path, { read: true });
  const buffer = new Uint8Array(job.bytes);
  let offset = 0;
  while (offset < buffer.length) {
    const n = await file.read(buffer.subarray(offset));
    if (n === null) break;
    offset += n;
  }
  const digest = await crypto.subtle.digest("SHA-256", buffer.subarray(0, offset));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Removes the spool file, once. */
export async function discard(job: ScanJob): Promise<void> {
  if (job.discarded) return;
  job.discarded = true;
  await Deno.remove(job.path).catch(() => {});
}
