import { catalogue, csvRow } from "./seeds.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8815;

const json = (body: unknown, status = 200) => Response.json(body, { status });
const CSV_HEADER = "sku,name,latin,category,sowing,days_to_harvest,seeds,price,stock,organic";

async function handle(req: Request, url: URL): Promise<Response> {
  if (url.pathname === "/varieties") {
    const category = url.searchParams.get("category");
    const month = Number(url.searchParams.get("sow")) || 0;
    const list = [...catalogue].filter((v) =>
      (!category || v.category === category) && (!month || (v.sowFrom <= month && month <= v.sowTo))
    );
    return json({ count: list.length, varieties: list });
  }
  const stock = /^\/varieties\/([A-Z]{3}-\d{3})\/stock$/.exec(url.pathname);
  if (stock && req.method === "PATCH") {
    const b = await req.json();
    const updated = catalogue.update(stock[1], { stock: Math.max(0, Math.round(Number(b.stock))) });
    return updated ? json(updated) : json({ error: "no such variety" }, 404);
  }
  const one = /^\/varieties\/([A-Z]{3}-\d{3})$/.exec(url.pathname);
  if (one) {
    for (const v of catalogue) if (v.sku === one[1]) return json(v);
    return json({ error: "no such variety" }, 404);
  }
  if (url.pathname === "/export.csv") {
    const lines = [CSV_HEADER];
    for (const v of catalogue) lines.push(csvRow(v));
    return new Response(lines.join("\n") + "\n", { headers: { "content-type": "text/csv" } });
  }
  if (url.pathname === "/status") {
    return json({
      varieties: catalogue.size,
      readers: catalogue.openReaders,
      copies: catalogue.copies,
    });
  }
  return json({ error: "not found" }, 404);
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`seed-catalogue on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true });
  try {
    return await handle(req, url);
  } catch (err) {
    return json({ error: String((err as Error).message ?? err) }, 400);
  }
});
