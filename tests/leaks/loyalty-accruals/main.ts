import { EarningError, quotePoints } from "./earning.ts";
import { accrue, getMember, quoteFor } from "./members.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

function trip(p: { get(name: string): string | null }) {
  return {
    carrier: p.get("carrier") ?? "",
    fareClass: p.get("class") ?? "",
    amountCents: Number(p.get("amount") ?? NaN),
    currency: p.get("currency") ?? "EUR",
  };
}

async function route(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const path = url.pathname;
  if (path === "/healthz") return json(200, { ok: true, quotes: quotePoints.cache.stats() });

  let m = /^\/members\/([\w-]+)\/quote$/.exec(path);
  if (m && req.method === "GET") {
    const t = trip(url.searchParams);
    if (!(t.amountCents > 0)) throw new EarningError(400, "amount required");
    return json(200, quoteFor(m[1], t));
  }

  m = /^\/members\/([\w-]+)\/accruals$/.exec(path);
  if (m && req.method === "POST") {
    let body: Record<string, string | number>;
    try {
      body = await req.json();
    } catch {
      throw new EarningError(400, "invalid JSON");
    }
    const t = trip({ get: (k) => body[k] === undefined ? null : String(body[k]) });
    if (!body.bookingRef || !(t.amountCents > 0)) {
      throw new EarningError(400, "bookingRef and amount required");
    }
    return json(201, accrue(m[1], String(body.bookingRef), t));
  }

  m = /^\/members\/([\w-]+)$/.exec(path);
  if (m && req.method === "GET") return json(200, getMember(m[1]));

  return json(404, { error: "not found" });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  try {
    return await route(req);
  } catch (err) {
    if (err instanceof EarningError) return json(err.status, { error: err.message });
    console.error(err);
    return json(500, { error: "internal error" });
  }
});
