import { CardDeclinedError } from "./acquirer.ts";
import { pay, payment, type PaymentRequest, stats } from "./payments.ts";
import { queueReceipt, recentReceipts } from "./receipts.ts";

const FESTIVAL = "Greenhollow Folk Festival 2031";
const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

function validate(body: Partial<PaymentRequest>): PaymentRequest {
  if (!body.order || !body.card?.number || !Number.isInteger(body.amountMinor)) {
    throw new RangeError("order, amountMinor and card are required");
  }
  return {
    order: body.order,
    amountMinor: body.amountMinor!,
    currency: body.currency ?? "GBP",
    email: body.email ?? "",
    card: body.card,
  };
}

async function route(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return json(200, { ok: true });
  if (url.pathname === "/payments" && req.method === "POST") {
    const key = req.headers.get("idempotency-key");
    if (!key) return json(400, { error: "Idempotency-Key is required" });
    let request: PaymentRequest;
    try {
      request = validate(await req.json());
    } catch (err) {
      return json(400, { error: (err as Error).message });
    }
    try {
      const result = await pay(key, request);
      queueReceipt(result, FESTIVAL);
      return json(201, {
        id: result.id,
        order: result.order,
        status: "authorised",
        last4: result.last4,
        approvalCode: result.approvalCode,
      });
    } catch (err) {
      if (err instanceof CardDeclinedError) {
        return json(402, { error: err.code, decline: err.declineCode, message: err.message });
      }
      throw err;
    }
  }
  if (parts[0] === "payments" && parts[1] && parts.length === 2) {
    const found = payment(parts[1]);
    return found ? json(200, found) : json(404, { error: "no such payment" });
  }
  if (url.pathname === "/ops/payments") {
    return json(200, { ...stats(), receipts: recentReceipts() });
  }
  return json(404, { error: "not found" });
}

Deno.serve({ port, hostname: "127.0.0.1" }, async (req) => {
  try {
    return await route(req);
  } catch (err) {
    return json(500, { error: (err as Error).message });
  }
});
