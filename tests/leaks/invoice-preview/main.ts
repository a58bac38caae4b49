import { type Customer, Invoice, type Line } from "./invoice.ts";
import { localeOf } from "./format.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const CATALOGUE: Record<string, Omit<Line, "quantity">> = {
  "CONS-H": { sku: "CONS-H", description: "Consulting (hour)", unitCents: 9500, vatRate: 0.21 },
  "TRAIN-D": { sku: "TRAIN-D", description: "Training day", unitCents: 72000, vatRate: 0.21 },
  "BOOK": { sku: "BOOK", description: "Handbook (print)", unitCents: 3450, vatRate: 0.09 },
};

/** Issued invoices (a handful here; the real list is in the database). */
const issued = new Map<string, Invoice>([
  [
    "INV-2026-0007",
    new Invoice(
      "INV-2026-0007",
      { id: "c-7", name: "Bakkerij Jansen", country: "NL" },
      [
        { ...CATALOGUE["CONS-H"], quantity: 6 },
        { ...CATALOGUE["BOOK"], quantity: 2 },
      ],
      "EUR",
      "nl-NL",
    ),
  ],
]);
let previews = 0;

function json(body: unknown, status = 200): Response {
  return Response.json(body, { status });
}

interface PreviewRequest {
  customer: Customer;
  lines: { sku: string; quantity: number }[];
  currency?: string;
  locale?: string;
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true });

  if (req.method === "POST" && url.pathname === "/invoices/preview") {
    const body = await req.json() as PreviewRequest;
    if (!body.customer?.id || !Array.isArray(body.lines)) {
      return json({ error: "customer and lines required" }, 400);
    }
    const lines = body.lines.map((l) => {
      const item = CATALOGUE[l.sku];
      if (!item) throw new Error(`unknown sku ${l.sku}`);
      return { ...item, quantity: Math.max(1, Math.trunc(l.quantity)) };
    });
    previews += 1;
    const invoice = new Invoice(
      `DRAFT-${previews}`,
      body.customer,
      lines,
      body.currency ?? "EUR",
      localeOf(body.locale ?? req.headers.get("accept-language")),
    );
    return json({ ...invoice.render(), totals: invoice.totals });
  }

  const m = /^\/invoices\/([\w-]+)$/.exec(url.pathname);
  if (req.method === "GET" && m) {
    const invoice = issued.get(m[1]);
    return invoice ? json(invoice.render()) : json({ error: "no such invoice" }, 404);
  }

  if (url.pathname === "/stats") return json({ previews, issued: issued.size });
  return json({ error: "not found" }, 404);
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`invoice-preview on http://127.0.0.1:${port}`),
}, (req) => handle(req).catch((error) => json({ error: String(error) }, 400)));
