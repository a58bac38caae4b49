import { priceStats } from "./prices.ts";
import { counter, createQuote, decide, QuoteError } from "./quotes.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

async function readJson(req: Request) {
  try {
    return await req.json();
  } catch {
    throw new QuoteError(400, "bad JSON");
  }
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return json(200, { ok: true });
  if (url.pathname === "/stats") return json(200, { ...counter(), prices: priceStats() });
  if (url.pathname === "/quotes" && req.method === "POST") {
    return json(201, await createQuote(await readJson(req)));
  }
  if (parts[0] === "quotes" && parts[1] && req.method === "PATCH") {
    const body = await readJson(req);
    return json(200, decide(parts[1], String(body.status)));
  }
  return json(404, { error: "not found" });
}

Deno.serve(
  { port, hostname: "127.0.0.1", onListen: () => console.log(`glazier quotes on :${port}`) },
  (req) =>
    handle(req).catch((err) =>
      err instanceof QuoteError
        ? json(err.status, { error: err.message })
        : json(500, { error: String(err) })
    ),
);
