import { convert } from "./convert.ts";
import { type ProviderQuote, RateBook, RateError } from "./rates.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const book = new RateBook();

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

async function route(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json(200, { ok: true });

  // the provider pushes ticks here: {quotes: [...]}
  if (url.pathname === "/rates/ticks" && req.method === "POST") {
    let payload: { quotes?: ProviderQuote[] };
    try {
      payload = await req.json();
    } catch {
      throw new RateError(400, "invalid JSON");
    }
    const updated = (payload.quotes ?? []).map((q) => book.update(q).pair);
    return json(200, { updated });
  }
  if (url.pathname === "/rates" && req.method === "GET") return json(200, book.board());
  if (url.pathname === "/convert" && req.method === "GET") {
    const from = (url.searchParams.get("from") ?? "").toUpperCase();
    const to = (url.searchParams.get("to") ?? "").toUpperCase();
    const amount = Number(url.searchParams.get("amount"));
    return json(200, convert(book, from, to, amount));
  }
  return json(404, { error: "not found" });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  try {
    return await route(req);
  } catch (err) {
    if (err instanceof RateError) return json(err.status, { error: err.message });
    console.error(err);
    return json(500, { error: "internal error" });
  }
});
