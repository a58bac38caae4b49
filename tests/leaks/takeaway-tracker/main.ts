import { OrderHub } from "./hub.ts";
import { advance, getOrder, OrderError, placeOrder } from "./orders.ts";
import { map } from "./vendor/iterx.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const hub = new OrderHub();

const json = (body: unknown, status = 200) => Response.json(body, { status });

const STEP_LABELS: Record<string, string> = {
  placed: "Placed",
  accepted: "Accepted",
  cooking: "In the kitchen",
  "out-for-delivery": "On its way",
  delivered: "Delivered",
  cancelled: "Cancelled",
};

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);

  if (url.pathname === "/healthz") return json({ ok: true });
  if (url.pathname === "/stats") return json(hub.stats);

  if (url.pathname === "/orders" && req.method === "POST") {
    return json(placeOrder(hub, await req.json()), 201);
  }

  if (parts[0] === "orders" && parts[1]) {
    const id = parts[1];
    if (parts.length === 2 && req.method === "GET") {
      const order = getOrder(id);
      return order ? json(order) : json({ error: "no such order" }, 404);
    }
    if (parts[2] === "status" && req.method === "POST") {
      return json(advance(hub, id, await req.json()));
    }
    // The app's tracking screen shows the first few steps straight away.
    if (parts[2] === "timeline" && req.method === "GET") {
      if (!getOrder(id)) return json({ error: "no such order" }, 404);
      const take = Math.min(Number(url.searchParams.get("take") ?? 3), 10);
      const steps = [];
      const views = map(hub.subscribe(id), (e) => ({
        step: STEP_LABELS[e.status],
        note: e.note,
        at: e.at,
      }));
      for await (const view of views) {
        steps.push(view);
        if (steps.length >= take) break;
      }
      return json({ order: id, steps });
    }
  }

  return json({ error: "not found" }, 404);
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  try {
    return await handle(req);
  } catch (err) {
    if (err instanceof OrderError) return json({ error: err.message }, err.status);
    if (err instanceof SyntaxError) return json({ error: "bad JSON" }, 400);
    return json({ error: (err as Error).message }, 500);
  }
});
