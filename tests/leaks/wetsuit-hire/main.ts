import {
  checkout,
  DeskError,
  getBasket,
  openBasket,
  quoteFor,
  stats,
  updateBasket,
} from "./baskets.ts";
import { KIT } from "./catalogue.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

async function readBody(req: Request): Promise<Record<string, unknown>> {
  const text = await req.text();
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new DeskError(400, `bad JSON: ${(err as Error).message}`);
  }
}

async function route(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return json(200, { ok: true });
  if (url.pathname === "/stats") return json(200, stats());
  if (url.pathname === "/kit") return json(200, KIT);
  if (parts[0] !== "baskets") return json(404, { error: "not found" });

  if (parts.length === 1 && req.method === "POST") {
    const basket = openBasket(await readBody(req));
    return json(201, { id: basket.id, lines: basket.lines.length });
  }
  const id = parts[1];
  if (parts.length === 2 && req.method === "GET") return json(200, getBasket(id));
  if (parts.length === 2 && req.method === "PATCH") {
    const basket = updateBasket(id, await readBody(req));
    return json(200, { id: basket.id, lines: basket.lines.length, days: basket.days });
  }
  if (parts[2] === "quote" && req.method === "GET") return json(200, quoteFor(getBasket(id)));
  if (parts[2] === "checkout" && req.method === "POST") {
    return json(200, checkout(id, await readBody(req)));
  }
  return json(404, { error: "not found" });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  try {
    return await route(req);
  } catch (err) {
    if (err instanceof DeskError) return json(err.status, { error: err.message });
    console.error(err);
    return json(500, { error: "internal error" });
  }
});
