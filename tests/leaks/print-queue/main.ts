import { overview, PrinterError } from "./printers.ts";
import { spoolerStats, submit } from "./spooler.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8080;

function json(body: unknown, status = 200): Response {
  return Response.json(body, { status });
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  try {
    if (url.pathname === "/healthz") return json({ ok: true, ...spoolerStats() });
    if (url.pathname === "/printers") return json({ ...overview(), spooler: spoolerStats() });
    if (url.pathname === "/jobs" && req.method === "POST") {
      const user = req.headers.get("x-user");
      if (!user) return json({ error: "x-user header is required" }, 401);
      const body = await req.json().catch(() => null);
      if (!body || typeof body !== "object") return json({ error: "JSON body required" }, 400);
      const job = submit(body, user);
      return json({ id: job.id, status: job.status }, 202);
    }
    return json({ error: "not found" }, 404);
  } catch (err) {
    if (err instanceof PrinterError) return json({ error: err.message }, err.status);
    if (err instanceof RangeError) return json({ error: err.message }, 400);
    console.error(err);
    return json({ error: "internal error" }, 500);
  }
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`print queue on http://${hostname}:${port}`),
}, handle);
