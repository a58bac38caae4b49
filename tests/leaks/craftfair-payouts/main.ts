import { createPayouts, lastReconciliation, PayoutError } from "./payouts.ts";
import { Scheduler } from "./scheduler.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const scheduler = new Scheduler();
const payouts = createPayouts(scheduler);

scheduler.schedule("reconcile", {
  description: "reconcile open payouts with the provider",
  cron: "*/15 * * * *",
  task: () => payouts.reconcile(),
});
scheduler.schedule("statements", {
  description: "email monthly statements",
  cron: "0 6 1 * *",
  task: () => console.log("statements: queued for the mailer"),
});

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);

  if (url.pathname === "/healthz") return json(200, { ok: true });
  if (url.pathname === "/jobs") {
    return json(200, { jobs: scheduler.list(), reconciliation: lastReconciliation });
  }
  if (url.pathname === "/payouts" && req.method === "POST") {
    const user = req.headers.get("x-user") ?? "unknown";
    const payout = await payouts.request(await req.json(), user);
    return json(202, { id: payout.id, amount: payout.amount, transfer: payout.transferId });
  }
  if (parts[0] === "payouts" && parts[1] && req.method === "GET") {
    const payout = payouts.find(parts[1]);
    return payout ? json(200, payout) : json(404, { error: "no such payout" });
  }
  if (parts[0] === "sellers" && parts[1] && parts[2] === "balance") {
    const balance = payouts.balance(parts[1]);
    return balance ? json(200, balance) : json(404, { error: "no such seller" });
  }
  return json(404, { error: "not found" });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  try {
    return await handle(req);
  } catch (err) {
    if (err instanceof PayoutError) return json(err.status, { error: err.message });
    if (err instanceof SyntaxError) return json(400, { error: "bad JSON" });
    console.error(err);
    return json(500, { error: "internal error" });
  }
});
