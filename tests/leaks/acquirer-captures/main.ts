import { drain, DrainingError, drainState } from "./lifecycle.ts";
import { PaymentError, Payments } from "./payments.ts";
import type { AuthRequest } from "./acquirer.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const payments = new Payments();

function json(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);

  if (url.pathname === "/healthz") {
    return drainState().draining ? json({ ok: false }, 503) : json({ ok: true });
  }
  if (url.pathname === "/admin/drain" && req.method === "POST") {
    drain();
    return json(drainState());
  }

  if (url.pathname === "/payments" && req.method === "POST") {
    const body = await req.json() as AuthRequest;
    const merchant = req.headers.get("x-merchant") ?? body.merchant;
    const payment = await payments.authorize({ ...body, merchant });
    return json({
      id: payment.id,
      status: "authorized",
      authCode: payment.auth.authCode,
      networkTxnId: payment.auth.networkTxnId,
    }, 201);
  }

  if (parts[0] === "payments" && parts[1]) {
    if (parts[2] === "capture" && req.method === "POST") {
      const body = await req.json().catch(() => ({})) as { amountMinor?: number };
      const result = await payments.capture(parts[1], body.amountMinor);
      return json({ status: "captured", ...result });
    }
    if (parts[2] === "void" && req.method === "POST") return json(payments.void(parts[1]));
    if (!parts[2] && req.method === "GET") {
      const p = payments.get(parts[1]);
      return p ? json(p) : json({ error: "not found" }, 404);
    }
  }

  if (url.pathname === "/captures/recent") {
    return json({ pending: payments.pending(), recent: payments.recent(10) });
  }
  return json({ error: "not found" }, 404);
}

Deno.serve(
  { port, hostname: "127.0.0.1", onListen: () => {} },
  (req) =>
    handle(req).catch((err) => {
      const status = err instanceof PaymentError || err instanceof DrainingError ? err.status : 500;
      return json({ error: (err as Error).message }, status);
    }),
);
console.log(`acquirer gateway on :${port}`);
