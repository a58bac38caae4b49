import { authorise, CardDeclined, type Charge, type ChargeRequest } from "./acquirer.ts";
import { IdempotencyStore, KeyReused } from "./idempotency.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const idempotency = new IdempotencyStore();
const recentCharges: Charge[] = [];
const RECENT_KEPT = 30;
const balance = { available: 0, declined: 0 };

function json(status: number, body: unknown, extra: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", ...extra },
  });
}

interface IncomingCharge {
  amount?: number;
  currency?: string;
  card?: { number?: string; exp?: string; cvc?: string };
  description?: string;
  metadata?: Record<string, string>;
}

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Swap the PAN for what we are allowed to keep before anything else sees it. */
async function tokenise(input: IncomingCharge): Promise<ChargeRequest> {
  const number = (input.card?.number ?? "").replace(/\s+/g, "");
  if (!/^\d{12,19}$/.test(number)) throw new Error("card.number is invalid");
  return {
    amount: input.amount!,
    currency: (input.currency ?? "eur").toLowerCase(),
    card: {
      brand: number.startsWith("4") ? "visa" : number.startsWith("5") ? "mastercard" : "unknown",
      last4: number.slice(-4),
      exp: input.card?.exp ?? "",
      fingerprint: (await sha256(number)).slice(0, 16),
    },
    description: input.description ?? "",
    metadata: input.metadata ?? {},
  };
}

async function createCharge(req: Request): Promise<Response> {
  const key = req.headers.get("idempotency-key");
  const raw = await req.text();
  let input: IncomingCharge;
  try {
    input = JSON.parse(raw);
  } catch {
    return json(400, { error: { type: "invalid_request_error", message: "invalid JSON" } });
  }
  if (!Number.isInteger(input.amount) || input.amount! <= 0) {
    return json(400, { error: { type: "invalid_request_error", message: "amount" } });
  }
  let chargeReq: ChargeRequest;
  try {
    chargeReq = await tokenise(input);
  } catch (err) {
    return json(400, { error: { type: "invalid_request_error", message: String(err) } });
  }
  const work = async () => {
    const charge = await authorise(chargeReq);
    recentCharges.push(charge);
    if (recentCharges.length > RECENT_KEPT) recentCharges.shift();
    balance.available += charge.amount;
    return { status: 201, body: charge, fingerprint: await sha256(raw), storedAt: Date.now() };
  };
  try {
    if (!key) {
      const res = await work();
      return json(res.status, res.body);
    }
    const res = await idempotency.run(key, await sha256(raw), work);
    return json(res.replayed ? 200 : res.status, res.body, {
      "idempotent-replayed": String(res.replayed),
    });
  } catch (err) {
    if (err instanceof CardDeclined) {
      balance.declined++;
      return json(402, { error: { type: "card_error", code: err.code, message: err.message } });
    }
    if (err instanceof KeyReused) {
      return json(422, {
        error: {
          type: "idempotency_error",
          message: "Keys for idempotent requests can only be used with the same parameters",
        },
      });
    }
    throw err;
  }
}

async function route(req: Request): Promise<Response> {
  const { pathname } = new URL(req.url);
  if (pathname === "/healthz") return json(200, { ok: true });
  if (pathname === "/v1/charges" && req.method === "POST") return await createCharge(req);
  if (pathname === "/v1/charges" && req.method === "GET") {
    return json(200, { object: "list", data: recentCharges.slice(-10).reverse() });
  }
  if (pathname === "/v1/balance" && req.method === "GET") {
    return json(200, { ...balance, idempotency: idempotency.stats() });
  }
  return json(404, { error: { type: "invalid_request_error", message: "unknown route" } });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  try {
    return await route(req);
  } catch (err) {
    console.error(err);
    return json(500, { error: { type: "api_error", message: "internal error" } });
  }
});
