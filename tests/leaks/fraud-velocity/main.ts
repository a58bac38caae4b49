import { FeatureStore, type TxnEvent } from "./features.ts";
import { type Decision, score } from "./rules.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const features = new FeatureStore(15 * 60_000);
setInterval(() => features.compact(), 250);

// Last decisions, for the analysts' feedback (chargeback / confirmed good) and the dashboard.
const decisions = new Map<string, Decision>();
const MAX_DECISIONS = 64;
const totals = { approve: 0, review: 0, decline: 0, labelled: 0 };

function json(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

interface ScoreRequest {
  txn: string;
  customer: string;
  amount: number;
  currency: string;
  merchant: string;
  device: string;
  ip_country: string;
  card: { bin: string; country: string };
}

function remember(d: Decision) {
  decisions.set(d.txn, d);
  if (decisions.size > MAX_DECISIONS) {
    decisions.delete(decisions.keys().next().value!);
  }
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);

  if (url.pathname === "/healthz") return json({ ok: true });

  if (url.pathname === "/score" && req.method === "POST") {
    const body = await req.json() as ScoreRequest;
    if (!body.txn || !body.customer || !Number.isFinite(body.amount)) {
      return json({ error: "txn, customer and amount are required" }, 400);
    }
    const event: TxnEvent = {
      txn: body.txn,
      at: Date.now(),
      amountMinor: Math.round(body.amount * 100),
      currency: body.currency,
      merchant: body.merchant,
      device: body.device,
      ipCountry: body.ip_country,
      binCountry: body.card.country,
    };
    const f = features.observe(body.customer, event);
    const decision = score(body.customer, f, event);
    if (decision.action === "decline") features.markDeclined(body.customer);
    totals[decision.action]++;
    remember(decision);
    return json({ ...decision, features: f });
  }

  if (parts[0] === "transactions" && parts[1] && req.method === "PATCH") {
    const d = decisions.get(parts[1]);
    if (!d) return json({ error: "decision no longer held" }, 404);
    const body = await req.json() as { outcome?: string };
    d.outcome = body.outcome ?? "unknown";
    totals.labelled++;
    return json(d);
  }

  if (parts[0] === "transactions" && parts[1] && req.method === "GET") {
    const d = decisions.get(parts[1]);
    return d ? json(d) : json({ error: "not found" }, 404);
  }

  if (url.pathname === "/stats") {
    return json({ ...totals, customersTracked: features.size(), decisionsHeld: decisions.size });
  }

  return json({ error: "not found" }, 404);
}

Deno.serve(
  { port, hostname: "127.0.0.1", onListen: () => {} },
  (req) => handle(req).catch((err) => json({ error: String(err) }, 500)),
);
console.log(`fraud scoring on :${port}`);
