import { Registry, Scope } from "./container.ts";
import {
  Catalogue,
  Ctx,
  HttpError,
  LabCatalogue,
  OrderBook,
  OrderPlacement,
  Orders,
  Placement,
  PriceCalculator,
  Pricing,
  type RequestContext,
} from "./services.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const registry = new Registry()
  .singleton(Catalogue, () => new LabCatalogue())
  .singleton(Orders, () => new OrderBook())
  .scoped(Pricing, (s) => new PriceCalculator(s.resolve(Catalogue), s.resolve(Ctx)))
  .scoped(Placement, (s) => new OrderPlacement(s, s.resolve(Orders), s.resolve(Ctx)));
const root = new Scope(registry);

let requests = 0;

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

async function route(req: Request, scope: Scope): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  const book = scope.resolve(Orders);

  if (url.pathname === "/tests") return json(200, scope.resolve(Catalogue).all());
  if (url.pathname === "/quote") {
    const calc = scope.resolve(Pricing);
    for (const code of (url.searchParams.get("tests") ?? "").split(",").filter(Boolean)) {
      calc.add(code);
    }
    return json(200, { lines: calc.lines, adjustments: calc.adjustments, total: calc.total() });
  }
  if (url.pathname === "/orders" && req.method === "POST") {
    const order = await scope.resolve(Placement).place(await req.json());
    return json(201, order);
  }
  if (parts[0] === "orders" && parts[1] && parts.length === 2) {
    const order = book.pending.get(parts[1]) ?? book.resulted.find((o) => o.id === parts[1]);
    return order ? json(200, order) : json(404, { error: "no such order" });
  }
  if (parts[0] === "orders" && parts[2] === "results" && req.method === "POST") {
    return json(200, book.complete(parts[1], await req.json()));
  }
  if (url.pathname === "/stats") {
    return json(200, {
      requests,
      pending: book.pending.size,
      resulted: book.resulted.length,
      openScopes: root.openScopes,
    });
  }
  return json(404, { error: "not found" });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  if (new URL(req.url).pathname === "/healthz") return new Response("ok");
  requests++;
  const ctx: RequestContext = {
    clinic: req.headers.get("x-clinic") ?? "walk-in",
    vet: req.headers.get("x-vet") ?? "unknown",
    requestId: req.headers.get("x-request-id") ?? crypto.randomUUID(),
    receivedAt: Date.now(),
  };
  const scope = root.createChild(`request ${ctx.requestId}`);
  scope.provide(Ctx, ctx);
  try {
    return await route(req, scope);
  } catch (err) {
    if (err instanceof HttpError) return json(err.status, { error: err.message });
    if (err instanceof SyntaxError) return json(400, { error: "bad JSON" });
    console.error(err);
    return json(500, { error: "internal error" });
  } finally {
    await scope.dispose();
  }
});
