import { finished, next, overview, PrintError, submit } from "./queue.ts";
import { printers } from "./printers.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return json(200, { ok: true });
  if (url.pathname === "/overview") return json(200, overview());
  if (url.pathname === "/jobs" && req.method === "POST") return json(201, submit(await req.json()));
  if (parts[0] === "printers" && parts[1]) {
    if (parts.length === 2) {
      const printer = printers.get(parts[1]);
      return printer ? json(200, printer.summary()) : json(404, { error: "no such printer" });
    }
    if (parts[2] === "next") {
      const delivery = next(parts[1]);
      return delivery ? json(200, delivery.job) : new Response(null, { status: 204 });
    }
    if (parts[2] === "finished" && req.method === "POST") {
      const report = await req.json() as { job: number; sheets?: number };
      return json(200, finished(parts[1], report));
    }
  }
  return json(404, { error: "not found" });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  try {
    return await handle(req);
  } catch (err) {
    if (err instanceof PrintError) return json(err.status, { error: err.message });
    if (err instanceof SyntaxError) return json(400, { error: "bad JSON" });
    return json(500, { error: String(err) });
  }
});
