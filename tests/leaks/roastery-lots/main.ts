import { take, toCsv } from "./iter.ts";
import { bookRoast, close, drawSample, ledger, LotError, lotOf, receive, stock } from "./lots.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8080;

const LOT = /^\/lots\/([A-Z0-9-]+)(?:\/(roasts|samples|close|movements|movements\.csv))?$/;
const MAX_PAGE = 50;

function json(body: unknown, status = 200): Response {
  return Response.json(body, { status });
}

async function route(req: Request, url: URL): Promise<Response> {
  if (url.pathname === "/healthz") return json({ ok: true });
  if (req.method === "GET" && url.pathname === "/stock") {
    return json({ lots: stock(), ledger: ledger.stats() });
  }
  if (req.method === "POST" && url.pathname === "/lots") {
    return json(receive(await req.json()), 201);
  }

  const m = LOT.exec(url.pathname);
  if (!m) return json({ error: "not found" }, 404);
  const [, id, action] = m;

  if (req.method === "GET" && !action) return json({ ...lotOf(id), kg: ledger.balance(id) });
  if (req.method === "POST" && action === "roasts") {
    const body = await req.json();
    return json(bookRoast(id, String(body.batch), Number(body.greenKg), String(body.profile)), 201);
  }
  if (req.method === "POST" && action === "samples") {
    const body = await req.json();
    return json(drawSample(id, Number(body.grams ?? 300), String(body.purpose ?? "cupping")), 201);
  }
  if (req.method === "POST" && action === "close") return json(close(id));

  if (req.method === "GET" && action === "movements") {
    lotOf(id);
    const limit = Math.min(Number(url.searchParams.get("limit") ?? 20), MAX_PAGE);
    const after = Number(url.searchParams.get("after") ?? 0);
    const rows = take(ledger.history(id, after), limit);
    const next = rows.length === limit ? rows[rows.length - 1].seq : null;
    return json({ lot: id, rows, next });
  }
  if (req.method === "GET" && action === "movements.csv") {
    lotOf(id);
    const rows = [...ledger.history(id)];
    return new Response(toCsv(rows, ["seq", "at", "kind", "kg", "ref", "note"]), {
      headers: { "content-type": "text/csv" },
    });
  }
  return json({ error: "method not allowed" }, 405);
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`green stock on http://${hostname}:${port}`),
}, async (req) => {
  try {
    return await route(req, new URL(req.url));
  } catch (err) {
    if (err instanceof LotError) return json({ error: err.message }, err.status);
    if (err instanceof SyntaxError) return json({ error: "invalid JSON" }, 400);
    console.error(err);
    return json({ error: "internal error" }, 500);
  }
});
