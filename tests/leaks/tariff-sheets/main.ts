import { getTariff, listTariffs, quote, reviseTariff, SheetError } from "./sheets.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8792;

async function route(req: Request, url: URL): Promise<Response> {
  if (url.pathname === "/tariffs") return Response.json(listTariffs());
  const one = /^\/tariffs\/([\w-]+)$/.exec(url.pathname);
  if (one && req.method === "GET") return Response.json(getTariff(one[1]));
  if (one && req.method === "PATCH") {
    const body = await req.json().catch(() => null);
    if (!body || typeof body !== "object") throw new SheetError(400, "expected a JSON object");
    return Response.json(reviseTariff(one[1], body));
  }
  const q = /^\/tariffs\/([\w-]+)\/quote$/.exec(url.pathname);
  if (q) return Response.json(quote(q[1], Number(url.searchParams.get("kg") ?? 1)));
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`tariff-sheets on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  try {
    return await route(req, url);
  } catch (err) {
    if (err instanceof SheetError) {
      return Response.json({ error: err.message }, { status: err.status });
    }
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});
