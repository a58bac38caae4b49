import superjson from "superjson";
import { counters, decide, inFlight, outcomes, startRefund } from "./refunds.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

/** The support console decodes with superjson (Dates stay Dates). */
function reply(data: unknown, status = 200): Response {
  return new Response(superjson.stringify(data), {
    status,
    headers: { "content-type": "application/json" },
  });
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return reply({ ok: true });

  if (url.pathname === "/refunds/summary") {
    return reply({ ...counters, inFlight: inFlight.size, recent: outcomes.slice(-10) });
  }

  if (url.pathname === "/refunds" && req.method === "POST") {
    const body = await req.json().catch(() => ({})) as {
      refundId?: string;
      orderId?: string;
      amount?: number;
      reason?: string;
    };
    if (!body.refundId || !body.orderId || !(Number(body.amount) > 0)) {
      return reply({ error: "refundId, orderId and amount are required" }, 400);
    }
    if (inFlight.has(body.refundId)) return reply({ error: "refund already in progress" }, 409);
    const snapshot = startRefund({
      refundId: body.refundId,
      orderId: body.orderId,
      amountCents: Math.round(Number(body.amount) * 100),
      reason: body.reason ?? "unspecified",
    });
    return reply({ refundId: body.refundId, state: snapshot.value }, 202);
  }

  // POST /refunds/:id/decision {"approve": boolean}
  if (parts[0] === "refunds" && parts[2] === "decision" && req.method === "POST") {
    const body = await req.json().catch(() => ({})) as { approve?: boolean };
    const by = req.headers.get("x-agent") ?? "support";
    const snapshot = decide(parts[1], body.approve === true, by);
    if (!snapshot) return reply({ error: "no refund awaiting a decision" }, 404);
    return reply({
      refundId: parts[1],
      state: snapshot.value,
      decidedBy: snapshot.context.decidedBy,
    });
  }

  return reply({ error: "not found" }, 404);
}

Deno.serve({ hostname: "127.0.0.1", port, onListen: () => {} }, handle);
