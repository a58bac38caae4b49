import { configOf, rulesOf, updateConfig } from "./tenants.ts";
import { validatorFor } from "./validators.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

interface OrderLine {
  sku: string;
  qty: number;
  unitCents: number;
}

async function placeOrder(req: Request, tenant: string): Promise<Response> {
  const config = configOf(tenant);
  if (!config) return Response.json({ error: "no such tenant" }, { status: 404 });
  const body = await req.json() as { customer: string; lines: OrderLine[]; note?: string };
  const errors = validatorFor("order")(body);
  body.lines?.forEach((line, n) =>
    errors.push(...validatorFor("line")({ ...line }).map((e) => `lines[${n}].${e}`))
  );
  if (errors.length) return Response.json({ errors }, { status: 422 });

  const rules = rulesOf(config);
  const lines = body.lines.map((l) => ({
    ...l,
    totalCents: rules.price(l.sku, l.unitCents, l.qty),
  }));
  const subtotal = lines.reduce((sum, l) => sum + l.totalCents, 0);
  const shipping = rules.shipping(subtotal);
  return Response.json({
    tenant,
    configVersion: rules.version,
    customer: body.customer,
    currency: config.currency,
    lines,
    subtotal,
    shipping,
    total: subtotal + shipping,
  }, { status: 201 });
}

async function route(req: Request, url: URL): Promise<Response> {
  const orders = /^\/tenants\/(\w+)\/orders$/.exec(url.pathname);
  if (req.method === "POST" && orders) return await placeOrder(req, orders[1]);
  const settings = /^\/tenants\/(\w+)\/settings$/.exec(url.pathname);
  if (req.method === "GET" && settings) {
    const config = configOf(settings[1]);
    return config ? Response.json(config) : Response.json({ error: "no tenant" }, { status: 404 });
  }
  const admin = /^\/admin\/tenants\/(\w+)$/.exec(url.pathname);
  if (req.method === "PATCH" && admin) {
    const patch = await req.json() as Record<string, unknown>;
    return Response.json(updateConfig(admin[1], patch));
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  try {
    return await route(req, url);
  } catch (err) {
    return Response.json({ error: String((err as Error).message) }, { status: 400 });
  }
});
