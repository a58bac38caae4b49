import { quote, QuoteError, type QuoteRequest } from "./quotes.ts";
import { type Tariff, tariffBook } from "./tariffs.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8841;

async function handle(req: Request, url: URL): Promise<Response> {
  if (url.pathname === "/quotes" && req.method === "POST") {
    const body = await req.json().catch(() => null) as QuoteRequest | null;
    if (!body) throw new QuoteError(400, "body must be JSON");
    return Response.json(await quote(body), { status: 201 });
  }
  if (url.pathname === "/tariffs" && req.method === "GET") {
    return Response.json({ revision: tariffBook.revision, tariffs: tariffBook.list() });
  }
  const tariff = /^\/tariffs\/([\w-]+)$/.exec(url.pathname);
  if (tariff && req.method === "PATCH") {
    const change = await req.json().catch(() => null) as Partial<Tariff> | null;
    if (!change) throw new QuoteError(400, "body must be JSON");
    const updated = tariffBook.update(tariff[1], change);
    if (!updated) throw new QuoteError(404, `no tariff ${tariff[1]}`);
    return Response.json(updated);
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`energy-tariffs on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  try {
    return await handle(req, url);
  } catch (err) {
    if (err instanceof QuoteError) {
      return Response.json({ error: err.message }, { status: err.status });
    }
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});
