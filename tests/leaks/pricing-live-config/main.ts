import { pricing, type PricingConfig } from "./live_config.ts";
import { QuoteSession } from "./quotes.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

let quoteSeq = 0;
const saved = new Map<string, ReturnType<QuoteSession["total"]>>();
const MAX_SAVED = 100;

async function route(req: Request, url: URL): Promise<Response> {
  if (req.method === "GET" && url.pathname === "/quotes/preview") {
    const session = new QuoteSession(`preview-${++quoteSeq}`, pricing);
    session.add(url.searchParams.get("sku") ?? "TENT-2P", Number(url.searchParams.get("qty") ?? 1));
    return Response.json(session.total());
  }
  if (req.method === "POST" && url.pathname === "/quotes") {
    const body = await req.json() as { customer: string; lines: { sku: string; qty: number }[] };
    const session = new QuoteSession(`Q-${++quoteSeq}`, pricing);
    try {
      for (const line of body.lines) session.add(line.sku, line.qty);
      const quote = session.total();
      saved.set(quote.id, quote);
      if (saved.size > MAX_SAVED) saved.delete(saved.keys().next().value!);
      return Response.json(quote, { status: 201 });
    } finally {
      session.close();
    }
  }
  if (req.method === "PATCH" && url.pathname === "/admin/pricing") {
    const patch = await req.json() as Partial<PricingConfig>;
    const next = pricing.update(patch);
    return Response.json({ version: pricing.version, config: next });
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  try {
    return await route(req, url);
  } catch (err) {
    return Response.json({ error: String((err as Error).message) }, { status: 400 });
  }
});
