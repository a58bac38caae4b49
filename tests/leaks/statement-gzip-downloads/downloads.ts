import { shutdown } from "./lifecycle.ts";
import { csvLine, transactions } from "./statements.ts";

export const downloadStats = { started: 0, bytesOut: 0 };

/** The statement as a gzipped CSV, streamed while it is read from the ledger. */
export function statementDownload(account: string, month: string): Response {
  downloadStats.started++;
  const abort = new AbortController();
  // don't leave half-written archives behind on redeploys: cut the stream cleanly
  shutdown.signal.addEventListener("abort", () => abort.abort(shutdown.signal.reason), {
    once: true,
  });

  async function* lines() {
    yield "date,description,amount,balance\n";
    for await (const t of transactions(account, month)) yield csvLine(t);
  }
  const body = ReadableStream.from(lines())
    .pipeThrough(new TextEncoderStream(), { signal: abort.signal })
    .pipeThrough(new CompressionStream("gzip"))
    .pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, c) {
          downloadStats.bytesOut += chunk.byteLength;
          c.enqueue(chunk);
        },
      }),
    );
  return new Response(body, {
    headers: {
      "content-type": "application/gzip",
      "content-disposition": `attachment; filename="${account}-${month}.csv.gz"`,
    },
  });
}
