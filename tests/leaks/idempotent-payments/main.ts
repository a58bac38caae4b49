import { Hono } from "hono";
import { idempotent, replayStats } from "./idempotency.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

interface Payment {
  id: string;
  merchant: string;
  amount: number;
  currency: string;
  card: string;
  status: "captured" | "declined";
  createdAt: string;
}

const MERCHANTS = new Map<string, { name: string; balance: Record<string, number> }>([
  ["m-42", { name: "Corner Bakery", balance: {} }],
  ["m-77", { name: "Bike Repair Co", balance: {} }],
]);

/** The last payments for the dashboard; settled ones live in the ledger service. */
const recent: Payment[] = [];
const RECENT_MAX = 25;
let sequence = 0;

const app = new Hono();
app.get("/healthz", (c) => c.text("ok"));
app.use("/payments", idempotent);

app.post("/payments", async (c) => {
  const body = await c.req.json().catch(() => null);
  const merchant = body && MERCHANTS.get(body.merchant);
  if (!merchant) return c.json({ error: "unknown merchant" }, 404);
  if (!Number.isInteger(body.amount) || body.amount <= 0) {
    return c.json({ error: "bad amount" }, 400);
  }
  const currency = String(body.currency ?? "EUR").toUpperCase();
  const card = String(body.card ?? "");
  const declined = card.endsWith("0002");
  const payment: Payment = {
    id: `pay_${Date.now().toString(36)}${(++sequence).toString(36)}`,
    merchant: body.merchant,
    amount: body.amount,
    currency,
    card: `**** ${card.slice(-4)}`,
    status: declined ? "declined" : "captured",
    createdAt: new Date().toISOString(),
  };
  if (!declined) merchant.balance[currency] = (merchant.balance[currency] ?? 0) + payment.amount;
  recent.push(payment);
  if (recent.length > RECENT_MAX) recent.shift();
  return c.json(payment, declined ? 402 : 201);
});

app.get("/payments/recent", (c) => c.json({ payments: recent, replayStats }));

app.get("/merchants/:id/balance", (c) => {
  const merchant = MERCHANTS.get(c.req.param("id"));
  if (!merchant) return c.json({ error: "unknown merchant" }, 404);
  return c.json({ merchant: merchant.name, balance: merchant.balance });
});

Deno.serve(
  { port, hostname: "127.0.0.1", onListen: () => console.log(`payments on :${port}`) },
  app.fetch,
);
