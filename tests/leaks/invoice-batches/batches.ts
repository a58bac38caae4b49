import { type Invoice, renderInvoice } from "./render.ts";

export interface Batch {
  id: string;
  requestedBy: string;
  invoices: Invoice[];
  rendered: number;
  status: "running" | "done" | "interrupted";
  startedAt: number;
}

const YIELD_EVERY = 5;

/**
 * Renders a batch of invoices. A deploy sends SIGTERM: a batch that is cut short is reported
 * as interrupted (so billing re-queues it) instead of silently half-done.
 */
export async function runBatch(batch: Batch): Promise<string[]> {
  let interrupted = false;
  const onTerm = () => {
    interrupted = true;
    console.warn(
      `batch ${batch.id} for ${batch.requestedBy} interrupted after ${batch.rendered}/${batch.invoices.length}`,
    );
  };
  Deno.addSignalListener("SIGTERM", onTerm);

  const documents: string[] = [];
  for (const invoice of batch.invoices) {
    if (interrupted) break;
    documents.push(renderInvoice(invoice));
    batch.rendered++;
    if (batch.rendered % YIELD_EVERY === 0) await new Promise((r) => setTimeout(r, 0));
  }
  batch.status = interrupted ? "interrupted" : "done";
  return documents;
}
