import { carrierPosition, findShipment, recordScan } from "./shipments.ts";
import { recentSpans, traced } from "./tracing.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const json = (body: unknown, status = 200) => Response.json(body, { status });

function handle(req: Request): Response | Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true });

  // Not traced: reading the traces should not add to them.
  if (url.pathname === "/debug/traces") {
    const limit = Math.min(Number(url.searchParams.get("limit") ?? 20) || 20, 200);
    return json({ spans: recentSpans(limit) });
  }

  let m = /^\/shipments\/([A-Z0-9-]{3,32})$/.exec(url.pathname);
  if (m && req.method === "GET") {
    const id = m[1];
    return traced(req, "/shipments/:id", async (span) => {
      span.setAttribute("shipment.id", id);
      const shipment = await findShipment(span, id);
      const position = await carrierPosition(span, shipment);
      return json({ ...shipment, position });
    });
  }

  m = /^\/shipments\/([A-Z0-9-]{3,32})\/scans$/.exec(url.pathname);
  if (m && req.method === "POST") {
    const id = m[1];
    return traced(req, "/shipments/:id/scans", async (span) => {
      const body = await req.json().catch(() => null);
      if (!body || typeof body.depot !== "string") return json({ error: "depot is required" }, 400);
      span.setAttribute("shipment.id", id);
      const total = await recordScan(span, id, body.depot);
      return json({ id, depot: body.depot, recorded: total }, 201);
    });
  }

  return json({ error: "not found" }, 404);
}

Deno.serve(
  { hostname: "127.0.0.1", port, onListen: () => console.log(`trace-viewer on ${port}`) },
  handle,
);
