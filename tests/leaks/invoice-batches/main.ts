import { type Batch, runBatch } from "./batches.ts";
import type { Invoice } from "./render.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8080;

let batchesRun = 0;

function parseInvoices(body: unknown): Invoice[] | null {
  const list = (body as { invoices?: unknown })?.invoices;
  if (!Array.isArray(list) || list.length === 0 || list.length > 200) return null;
  return list.map((inv, n) => ({
    number: String(inv?.number ?? `draft-${n + 1}`),
    customer: String(inv?.customer ?? "unknown"),
    currency: String(inv?.currency ?? "EUR"),
    lines: Array.isArray(inv?.lines)
      ? inv.lines.map((l: Record<string, unknown>) => ({
        description: String(l.description ?? ""),
        qty: Number(l.qty) || 1,
        unitCents: Number(l.unitCents) || 0,
      }))
      : [],
  }));
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`invoice batches listening on 127.0.0.1:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true, batchesRun });

  if (url.pathname === "/batches" && req.method === "POST") {
    const invoices = parseInvoices(await req.json().catch(() => null));
    if (!invoices) return Response.json({ error: "expected 1–200 invoices" }, { status: 400 });
    const batch: Batch = {
      id: crypto.randomUUID(),
      requestedBy: req.headers.get("x-user") ?? "billing-cron",
      invoices,
      rendered: 0,
      status: "running",
      startedAt: Date.now(),
    };
    const documents = await runBatch(batch);
    batchesRun++;
    return Response.json({
      id: batch.id,
      status: batch.status,
      rendered: batch.rendered,
      bytes: documents.reduce((n, d) => n + d.length, 0),
    });
  }
  return Response.json({ error: "not found" }, { status: 404 });
});
