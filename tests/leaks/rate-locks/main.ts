import { accept, blotter, getQuote, lockRate, QuoteError } from "./quotes.ts";
import { publishedRates, setMid } from "./rates.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

async function readJson<T>(req: Request): Promise<T> {
  try {
    return await req.json() as T;
  } catch {
    throw new QuoteError(400, "invalid JSON");
  }
}

async function route(req: Request): Promise<Response> {
  const { pathname } = new URL(req.url);
  if (pathname === "/healthz") return json(200, { ok: true });
  const customer = req.headers.get("x-customer") ?? "";

  if (pathname === "/rates" && req.method === "GET") return json(200, publishedRates());
  // PATCH /rates/GBP-EUR {mid} — from the dealing desk
  const rateMatch = /^\/rates\/([A-Z]{3})-([A-Z]{3})$/.exec(pathname);
  if (rateMatch && req.method === "PATCH") {
    const { mid } = await readJson<{ mid?: number }>(req);
    const ok = setMid(`${rateMatch[1]}/${rateMatch[2]}`, Number(mid));
    return ok ? json(200, { ok }) : json(422, { error: "unknown pair or bad mid" });
  }
  if (pathname === "/deals" && req.method === "GET") return json(200, blotter());

  if (!customer) return json(401, { error: "x-customer required" });
  if (pathname === "/quotes" && req.method === "POST") {
    return json(201, lockRate(customer, await readJson(req)));
  }
  const m = /^\/quotes\/([\w-]+)(\/accept)?$/.exec(pathname);
  if (m && !m[2] && req.method === "GET") {
    const q = getQuote(m[1]);
    return q ? json(200, q) : json(410, { error: "quote expired" });
  }
  if (m && m[2] && req.method === "POST") return json(201, accept(m[1], customer));
  return json(404, { error: "not found" });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  try {
    return await route(req);
  } catch (err) {
    if (err instanceof QuoteError) return json(err.status, { error: err.message });
    console.error(err);
    return json(500, { error: "internal error" });
  }
});
