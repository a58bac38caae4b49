import { nanoid } from "nanoid";
import { formatISO } from "date-fns";
import { breaker, breakerAllows, breakerStatus } from "./breaker.ts";
import { type BankReceipt, submitTransfer } from "./bank.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

interface PayoutBody {
  iban?: string;
  amount?: number;
  currency?: string;
  reference?: string;
}

const totals = { sent: 0, failed: 0, rejectedOpen: 0, volumeCents: 0 };

async function sendPayout(body: Required<PayoutBody>): Promise<BankReceipt> {
  const controller = new AbortController();
  // If the breaker trips while this transfer is in flight, stop waiting for the bank.
  breaker.subscribe((snapshot) => {
    if (snapshot.matches("open")) controller.abort(new Error("payout rail circuit opened"));
  });
  try {
    const receipt = await submitTransfer({
      iban: body.iban,
      amountCents: Math.round(body.amount * 100),
      currency: body.currency,
      reference: body.reference,
    }, controller.signal);
    breaker.send({ type: "SUCCESS" });
    return receipt;
  } catch (err) {
    breaker.send({ type: "FAILURE", reason: (err as Error).message });
    throw err;
  }
}

function json(data: unknown, status = 200): Response {
  return new Response(JSON.stringify(data), {
    status,
    headers: { "content-type": "application/json" },
  });
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true });
  if (url.pathname === "/payouts/breaker") return json(breakerStatus());
  if (url.pathname === "/payouts/totals") return json(totals);

  if (url.pathname === "/payouts" && req.method === "POST") {
    const body = (await req.json().catch(() => ({}))) as PayoutBody;
    if (!body.iban || !(Number(body.amount) > 0) || !body.reference) {
      return json({ error: "iban, amount and reference are required" }, 400);
    }
    if (!breakerAllows()) {
      totals.rejectedOpen++;
      return json({ error: "payout rail unavailable, retry later" }, 503);
    }
    const payoutId = `po_${nanoid(16)}`;
    try {
      const receipt = await sendPayout({
        iban: body.iban.replace(/\s+/g, "").toUpperCase(),
        amount: Number(body.amount),
        currency: (body.currency ?? "EUR").toUpperCase(),
        reference: body.reference,
      });
      totals.sent++;
      totals.volumeCents += Math.round(Number(body.amount) * 100);
      return json({
        id: payoutId,
        status: "submitted",
        reference: body.reference,
        bankRef: receipt.bankRef,
        acceptedAt: formatISO(receipt.acceptedAt),
        settlementDay: receipt.settlementDay,
      }, 201);
    } catch (err) {
      totals.failed++;
      return json({ id: payoutId, status: "failed", error: (err as Error).message }, 502);
    }
  }
  return json({ error: "not found" }, 404);
}

Deno.serve({ hostname: "127.0.0.1", port, onListen: () => {} }, handle);
