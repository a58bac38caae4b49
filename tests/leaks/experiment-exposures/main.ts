import { assign, listExperiments, reallocate } from "./experiments.ts";
import { assignmentsByRequest, recordExposure, stats } from "./exposures.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

function expose(req: Request, userId: string, keys: string[]): Record<string, string> {
  const requestId = req.headers.get("x-request-id") ?? crypto.randomUUID();
  const variants: Record<string, string> = {};
  for (const key of keys) {
    const a = assign(key, userId);
    if (!a) continue;
    recordExposure(requestId, a);
    variants[key] = a.variant;
  }
  return variants;
}

async function route(req: Request, url: URL): Promise<Response> {
  const userId = url.searchParams.get("user") ?? "anonymous";
  if (req.method === "GET" && url.pathname === "/checkout") {
    const variants = expose(req, userId, ["checkout-button", "shipping-estimate"]);
    return Response.json({ step: "review", totalCents: 5480, variants });
  }
  const product = /^\/products\/([\w-]+)$/.exec(url.pathname);
  if (req.method === "GET" && product) {
    const variants = expose(req, userId, ["gallery-layout"]);
    return Response.json({ sku: product[1], title: "Linen throw", variants });
  }
  const admin = /^\/admin\/experiments\/([\w-]+)\/allocation$/.exec(url.pathname);
  if (req.method === "PATCH" && admin) {
    const body = await req.json();
    const updated = Array.isArray(body.weights) ? reallocate(admin[1], body.weights) : undefined;
    return updated
      ? Response.json(updated)
      : Response.json({ error: "bad allocation" }, { status: 422 });
  }
  const debug = /^\/debug\/requests\/([\w-]+)$/.exec(url.pathname);
  if (req.method === "GET" && debug) {
    const found = assignmentsByRequest.get(debug[1]);
    return found ? Response.json(found) : Response.json({ error: "unknown" }, { status: 404 });
  }
  if (url.pathname === "/admin/experiments") {
    return Response.json({ experiments: listExperiments(), stats });
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  return route(req, url);
});
