import { Catalogue } from "./catalogue.ts";
import { CursorStore } from "./cursors.ts";
import { seedParts } from "./seed.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const PAGE_SIZE = 12;
const VAT = 0.2;

const catalogue = new Catalogue(seedParts());
const cursors = new CursorStore();
let quotes = 0;

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const session = req.headers.get("x-session") ?? "anonymous";

  if (url.pathname === "/healthz") return json({ ok: true });
  if (url.pathname === "/stats") {
    return json({ parts: catalogue.size, openSearches: cursors.size, quotes });
  }

  if (url.pathname === "/search" && req.method === "GET") {
    const q = (url.searchParams.get("q") ?? "").trim();
    const model = url.searchParams.get("model") ?? undefined;
    const hits = catalogue.search(q, { model });
    const page = cursors.open(`${session}|${q}|${model ?? ""}`, q, hits, PAGE_SIZE);
    return json({ query: q, total: hits.length, ...page });
  }

  if (url.pathname === "/search/more" && req.method === "GET") {
    const q = (url.searchParams.get("q") ?? "").trim();
    const model = url.searchParams.get("model") ?? "";
    const page = cursors.more(`${session}|${q}|${model}`);
    if (!page) return json({ error: "no open search for that query" }, 410);
    return json({ query: q, ...page });
  }

  const part = url.pathname.match(/^\/parts\/([A-Z]{3}-\d+)$/);
  if (part && req.method === "GET") {
    const p = catalogue.get(part[1]);
    return p ? json(p) : json({ error: "unknown part" }, 404);
  }

  if (url.pathname === "/quotes" && req.method === "POST") {
    const body = await req.json().catch(() => null) as
      | { lines?: { sku: string; qty: number }[]; postcode?: string }
      | null;
    if (!body?.lines?.length) return json({ error: "lines required" }, 400);
    let net = 0;
    const lines = [];
    for (const line of body.lines) {
      const p = catalogue.get(line.sku);
      if (!p) return json({ error: `unknown part ${line.sku}` }, 422);
      const qty = Math.max(1, Math.floor(line.qty));
      net += p.price * qty;
      lines.push({ sku: p.sku, name: p.name, qty, unit: p.price, available: p.stock >= qty });
    }
    const carriage = net >= 75 ? 0 : 6.95;
    quotes++;
    return json({
      lines,
      net: round(net),
      carriage,
      vat: round((net + carriage) * VAT),
      total: round((net + carriage) * (1 + VAT)),
      postcode: body.postcode ?? null,
    });
  }

  return json({ error: "not found" }, 404);
}

const round = (n: number) => Math.round(n * 100) / 100;

Deno.serve({
  port,
  hostname: "127.0.0.1",
  onListen: ({ port }) => console.log(`parts finder listening on ${port}`),
}, handle);
