import {
  type Address,
  addressAtom,
  type CartLine,
  type Method,
  methodAtom,
  stepAtom,
  summaryAtom,
  WizardSessions,
} from "./wizard.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

export const wizards = new WizardSessions();
const orders: { id: string; visitor: string; totalCents: number }[] = [];
let nextOrder = 1000;

const json = (body: unknown, status = 200) => Response.json(body, { status });

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true });
  if (url.pathname === "/checkout/stats") {
    return json({
      inProgress: wizards.stores.size,
      completed: wizards.completed,
      orders: orders.length,
    });
  }

  if (req.method === "POST" && url.pathname === "/checkout") {
    const visitor = req.headers.get("x-visitor");
    if (!visitor) return json({ error: "x-visitor required" }, 400);
    const body = await req.json() as { items?: CartLine[]; coupon?: string };
    const store = wizards.start(visitor, body.items ?? [], body.coupon ?? null);
    return json(store.get(summaryAtom), 201);
  }

  const m = /^\/checkout\/([\w-]+)(?:\/(shipping|pay))?$/.exec(url.pathname);
  const store = m ? wizards.get(m[1]) : undefined;
  if (!m || !store) return json({ error: "no checkout in progress" }, 404);

  if (req.method === "GET" && !m[2]) return json(store.get(summaryAtom));

  if (req.method === "PATCH" && m[2] === "shipping") {
    const body = await req.json() as Address & { method?: Method };
    const { method, ...address } = body;
    if (!address.name || !address.postcode) return json({ error: "name and postcode" }, 422);
    store.set(addressAtom, address);
    if (method) store.set(methodAtom, method);
    store.set(stepAtom, "review");
    return json(store.get(summaryAtom));
  }

  if (req.method === "POST" && m[2] === "pay") {
    const summary = store.get(summaryAtom);
    if (!summary.canPay) return json({ error: "address missing" }, 409);
    store.set(stepAtom, "paid");
    const order = { id: `ORD-${nextOrder++}`, visitor: m[1], totalCents: summary.totalCents };
    orders.push(order);
    if (orders.length > 100) orders.shift();
    wizards.finish(m[1]);
    return json(order, 201);
  }
  return json({ error: "not found" }, 404);
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`checkout-wizard on http://127.0.0.1:${port}`),
}, (req) => handle(req).catch((error) => json({ error: String(error) }, 400)));
