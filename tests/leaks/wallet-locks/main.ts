import { lockStats, once } from "./idempotency.ts";
import { topUp, transfer, wallets } from "./wallets.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers });

async function idempotent(
  req: Request,
  fn: (body: Record<string, unknown>) => Promise<{ status: number; body: unknown }>,
) {
  const merchant = req.headers.get("x-merchant-id");
  const key = req.headers.get("idempotency-key");
  if (!merchant || !key || key.length > 80) {
    return json({ error: "x-merchant-id and idempotency-key are required" }, 400);
  }
  const body = await req.json().catch(() => null);
  if (!body || typeof body !== "object") return json({ error: "JSON body required" }, 400);
  const result = await once(merchant, key, () => fn(body));
  return json(result.body, result.status, { "idempotent-replayed": String(result.replayed) });
}

function handle(req: Request): Response | Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true });
  if (url.pathname === "/ops/locks") return json(lockStats());

  if (req.method === "POST" && url.pathname === "/transfers") {
    return idempotent(req, (b) => {
      const amount = Number(b.amountCents);
      if (!Number.isInteger(amount) || amount <= 0) {
        return Promise.resolve({ status: 400, body: { error: "amountCents must be positive" } });
      }
      return transfer(String(b.from), String(b.to), amount);
    });
  }
  if (req.method === "POST" && url.pathname === "/topups") {
    return idempotent(req, (b) => topUp(String(b.wallet), Number(b.amountCents) || 0));
  }
  const m = /^\/wallets\/([a-z0-9-]+)$/.exec(url.pathname);
  if (req.method === "GET" && m) {
    const w = wallets.get(m[1]);
    if (!w) return json({ error: "unknown wallet" }, 404);
    return json({ id: w.id, balanceCents: w.balanceCents, recent: w.recent.slice(0, 5) });
  }
  return json({ error: "not found" }, 404);
}

Deno.serve(
  { hostname: "127.0.0.1", port, onListen: () => console.log(`wallet-locks on ${port}`) },
  handle,
);
