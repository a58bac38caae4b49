import { current, publish } from "./engine.ts";
import type { Order, RuleSpec } from "./rules.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8080;

publish([
  {
    id: "welcome",
    description: "10% off a first order over €50",
    minSubtotalCents: 5000,
    percentOff: 10,
  },
]);

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`promo-rules listening on 127.0.0.1:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return new Response("ok");

  if (url.pathname === "/rules" && req.method === "POST") {
    const specs = (await req.json()) as RuleSpec[];
    if (!Array.isArray(specs)) return Response.json({ error: "array expected" }, { status: 400 });
    const active = publish(specs);
    return Response.json({ version: active.version, rules: active.rules.length }, { status: 201 });
  }

  if (url.pathname === "/quote" && req.method === "POST") {
    const order = (await req.json()) as Order;
    if (!current) return Response.json({ error: "no rules" }, { status: 503 });
    return Response.json({ version: current.version, ...current.quote(order) });
  }

  if (url.pathname === "/rules") {
    return Response.json({
      version: current?.version,
      loadedAt: current?.loadedAt,
      rules: current?.rules.map((r) => ({ id: r.id, description: r.description })),
    });
  }
  return Response.json({ error: "not found" }, { status: 404 });
});
