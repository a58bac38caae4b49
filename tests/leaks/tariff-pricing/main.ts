import { methodStats } from "./decorators.ts";
import { ErpAdapter, PricingService } from "./pricing.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const erp = new ErpAdapter();
const pricing = new PricingService(erp);

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);

  if (url.pathname === "/healthz") return Response.json({ ok: true });

  if (url.pathname === "/metrics") {
    return Response.json({ erpCalls: erp.calls, methods: Object.fromEntries(methodStats) });
  }

  if (req.method === "GET" && url.pathname === "/catalogue") {
    return Response.json(await pricing.catalogue());
  }

  // POST /customers/:id/quotes {sku, quantity}
  if (req.method === "POST" && parts[0] === "customers" && parts[2] === "quotes") {
    const body = await req.json();
    const quantity = Math.trunc(Number(body.quantity ?? 1));
    if (!body.sku || !(quantity > 0)) {
      return Response.json({ error: "sku and quantity required" }, { status: 422 });
    }
    const quote = await pricing.quote(parts[1], String(body.sku), quantity);
    if (!quote) return Response.json({ error: `unknown sku ${body.sku}` }, { status: 404 });
    return Response.json(quote, { status: 201 });
  }

  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve(
  {
    hostname: "127.0.0.1",
    port,
    onListen: ({ port }) => console.log(`tariff-pricing on http://127.0.0.1:${port}`),
  },
  (req) =>
    handle(req).catch((err) =>
      Response.json({ error: String((err as Error).message ?? err) }, { status: 400 })
    ),
);
