import { deliveryLog, type Order, orders, products } from "./db.ts";
import { execute } from "./graph/execute.ts";
import { GraphQLSyntaxError, parse } from "./graph/parse.ts";
import { runPersisted } from "./persisted.ts";
import { createContext, schema } from "./schema.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;
const DELIVERY_LOG_SIZE = 40;

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

function validExtras(extras: unknown): extras is Order["extras"] {
  return Array.isArray(extras) &&
    extras.every((e) => products.get(e?.sku)?.kind === "extra" && Number.isInteger(e.qty));
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return json(200, { ok: true });

  if (url.pathname === "/graphql" && req.method === "GET") {
    let variables = {};
    try {
      variables = JSON.parse(url.searchParams.get("variables") ?? "{}");
    } catch {
      return json(400, { errors: [{ message: "variables are not JSON" }] });
    }
    const result = await runPersisted(url.searchParams.get("id") ?? "", variables);
    return result ? json(200, result) : json(404, { errors: [{ message: "unknown query id" }] });
  }
  if (url.pathname === "/graphql" && req.method === "POST") {
    const customer = req.headers.get("x-customer");
    if (!customer) return json(401, { errors: [{ message: "sign in first" }] });
    const body = await req.json();
    const op = parse(String(body.query ?? ""));
    const ctx = createContext({ id: customer, role: "customer" });
    return json(200, await execute(schema, op, body.variables ?? {}, ctx));
  }

  if (url.pathname === "/orders" && req.method === "POST") {
    const body = await req.json();
    if (!body.id || orders.has(body.id)) return json(409, { error: "missing or duplicate id" });
    if (products.get(body.box)?.kind !== "box") return json(422, { error: "unknown box" });
    const extras = body.extras ?? [];
    if (!validExtras(extras)) return json(422, { error: "unknown extra" });
    const order: Order = {
      id: body.id,
      customerId: body.customer,
      boxSku: body.box,
      extras,
      deliveryDate: body.deliveryDate,
      notes: String(body.notes ?? ""),
      status: "placed",
      placedAt: new Date().toISOString(),
    };
    orders.set(order.id, order);
    return json(201, { id: order.id, status: order.status });
  }
  if (parts[0] === "orders" && parts[1]) {
    const order = orders.get(parts[1]);
    if (!order) return json(404, { error: "no such order" });
    if (parts.length === 2 && req.method === "PATCH") {
      const body = await req.json();
      if (body.extras !== undefined) {
        if (!validExtras(body.extras)) return json(422, { error: "unknown extra" });
        order.extras = body.extras;
      }
      if (typeof body.notes === "string") order.notes = body.notes;
      return json(200, order);
    }
    if (parts[2] === "deliver" && req.method === "POST") {
      order.status = "delivered";
      orders.delete(order.id);
      deliveryLog.unshift({
        id: order.id,
        customerId: order.customerId,
        deliveredAt: new Date().toISOString(),
      });
      if (deliveryLog.length > DELIVERY_LOG_SIZE) deliveryLog.length = DELIVERY_LOG_SIZE;
      return json(200, { id: order.id, status: order.status });
    }
  }
  return json(404, { error: "not found" });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  try {
    return await handle(req);
  } catch (err) {
    if (err instanceof GraphQLSyntaxError || err instanceof SyntaxError) {
      return json(400, { errors: [{ message: (err as Error).message }] });
    }
    console.error(err);
    return json(500, { error: "internal error" });
  }
});
