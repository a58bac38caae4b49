import { WorkflowEngine } from "./engine.ts";
import { fulfilment, type FulfilmentInput, outbox } from "./fulfilment.ts";
import { parseNotification, WebhookError } from "./psp.ts";
import { knownSku, stockReport } from "./warehouse.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8163;

const engine = new WorkflowEngine();

const CONFIRM = new URLPattern({ pathname: "/orders/:orderId/confirm" });
const STATUS = new URLPattern({ pathname: "/orders/:orderId/fulfilment" });

const PRICES: Record<string, number> = {
  "TEA-SENCHA-100": 1250,
  "TEA-ROOIBOS-100": 995,
  "POT-CAST-IRON": 4900,
  "CUP-SET-4": 2400,
};

function parseOrder(orderId: string, body: Record<string, unknown>): FulfilmentInput {
  const items = Array.isArray(body.items) ? body.items : [];
  if (items.length === 0) throw new WebhookError(422, "an order needs items");
  const lines = items.map((it) => ({ sku: String(it?.sku), qty: Number(it?.qty) }));
  for (const line of lines) {
    if (!knownSku(line.sku)) throw new WebhookError(422, `unknown sku ${line.sku}`);
    if (!Number.isInteger(line.qty) || line.qty < 1) throw new WebhookError(422, "bad qty");
  }
  const shipTo = (body.shipTo ?? {}) as Record<string, unknown>;
  return {
    orderId,
    email: String(body.email ?? ""),
    items: lines,
    amount: lines.reduce((sum, l) => sum + PRICES[l.sku] * l.qty, 0),
    currency: "EUR",
    shipTo: {
      name: String(shipTo.name ?? ""),
      postcode: String(shipTo.postcode ?? ""),
      country: String(shipTo.country ?? "NL").toUpperCase(),
    },
  };
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });

  if (req.method === "POST" && url.pathname === "/webhooks/psp") {
    const note = parseNotification(req, await req.json().catch(() => null));
    if (note.type !== "payment.captured") return Response.json({ ignored: note.type });
    const outcome = engine.signal(`payment.captured:${note.orderId}`, note.capture);
    return Response.json({ received: true, outcome });
  }

  let m = CONFIRM.exec(url);
  if (req.method === "POST" && m) {
    const orderId = m.pathname.groups.orderId!;
    const body = await req.json().catch(() => null);
    if (!body || typeof body !== "object") throw new WebhookError(400, "expected JSON");
    const input = parseOrder(orderId, body);
    const instance = engine.start(fulfilment, `fulfil:${orderId}`, input);
    return Response.json({ instance: instance.id, amount: input.amount }, { status: 202 });
  }

  m = STATUS.exec(url);
  if (req.method === "GET" && m) {
    const instance = engine.find(`fulfil:${m.pathname.groups.orderId}`);
    if (!instance) throw new WebhookError(404, "no fulfilment for that order");
    return Response.json({
      id: instance.id,
      status: instance.status,
      step: instance.currentStep,
      state: instance.state,
      journal: instance.journal,
      error: instance.error,
    });
  }

  if (req.method === "GET" && url.pathname === "/ops") {
    return Response.json({ engine: engine.stats(), stock: stockReport(), outbox: outbox(5) });
  }
  throw new WebhookError(404, "not found");
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`order fulfilment on 127.0.0.1:${port}`),
}, async (req) => {
  try {
    return await handle(req);
  } catch (err) {
    if (err instanceof WebhookError) {
      return Response.json({ error: err.message }, { status: err.status });
    }
    if (err instanceof Error && err.message.includes("already running")) {
      return Response.json({ error: err.message }, { status: 409 });
    }
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});
