import { CALCULATOR, container, CONTEXT, loadRates, QuoteError, RATES } from "./services.ts";
import { RequestContext } from "./services.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8861;
let quoted = 0;

async function quote(req: Request, product: string): Promise<Response> {
  const body = await req.json().catch(() => null) as Record<string, unknown> | null;
  if (!body) throw new QuoteError(400, "body must be JSON");
  using scope = container.createScope();
  const h = req.headers;
  const requestId = h.get("x-request-id") ?? crypto.randomUUID();
  scope.provide(
    CONTEXT,
    new RequestContext(requestId, h.get("x-channel") ?? "web", h.get("user-agent") ?? "", body),
  );
  const calculator = scope.get(CALCULATOR);
  const result = product === "pet"
    ? calculator.pet(String(body.breed ?? ""), Number(body.ageYears) || 0, String(body.postcode))
    : calculator.travel(String(body.destination), Number(body.days) || 1, Number(body.travellers));
  quoted++;
  return Response.json(result, { status: 201 });
}

async function handle(req: Request, url: URL): Promise<Response> {
  const m = /^\/quotes\/(pet|travel)$/.exec(url.pathname);
  if (m && req.method === "POST") return await quote(req, m[1]);
  if (url.pathname === "/rates" && req.method === "GET") {
    const { revision, base } = container.get(RATES);
    return Response.json({ revision, base, quoted });
  }
  if (url.pathname === "/rates/reload" && req.method === "POST") {
    container.replace(RATES, loadRates);
    return Response.json({ revision: container.get(RATES).revision });
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`policy-quotes on http://${hostname}:${port}`),
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
