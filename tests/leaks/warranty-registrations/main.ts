import { bus, MODELS, register, rowsWritten, ValidationError } from "./registrations.ts";
import { dealerReport, receipts, registrationsByModel, wireSubscribers } from "./subscribers.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8931;

wireSubscribers();

async function handle(req: Request, url: URL): Promise<Response> {
  if (url.pathname === "/registrations" && req.method === "POST") {
    let body: Record<string, unknown>;
    try {
      body = await req.json();
    } catch {
      return Response.json({ error: "body must be JSON" }, { status: 400 });
    }
    const registration = await register(body);
    return Response.json({
      serial: registration.serial,
      coverageEnds: registration.coverageEnds,
      model: MODELS[registration.model].name,
    }, { status: 201 });
  }

  const coverage = /^\/models\/([\w-]+)\/coverage$/.exec(url.pathname);
  if (coverage && req.method === "GET") {
    const model = MODELS[coverage[1]];
    if (!model) return Response.json({ error: "unknown model" }, { status: 404 });
    const registered = registrationsByModel.get(coverage[1]) ?? 0;
    return Response.json({ model: model.name, years: model.years, registered });
  }

  if (url.pathname === "/dealers/report" && req.method === "GET") {
    return Response.json({ dealers: dealerReport() });
  }

  if (url.pathname === "/ops/stats" && req.method === "GET") {
    const stats = { bus: bus.stats(), rowsWritten: rowsWritten(), receipts: receipts.length };
    return Response.json(stats);
  }

  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) =>
    console.log(`warranty-registrations on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  try {
    return await handle(req, url);
  } catch (err) {
    if (err instanceof ValidationError) {
      return Response.json({ error: err.message }, { status: 422 });
    }
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});
