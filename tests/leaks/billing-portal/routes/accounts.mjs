import { HttpError, Router } from "../lib/app.mjs";
import {
  BillingNotFound,
  chargeInvoice,
  fetchAccount,
  fetchInvoices,
  fetchUsage,
  PLANS,
} from "../lib/billing-client.mjs";

const PAYMENT_METHODS = new Set(["card", "sepa_debit", "ideal"]);
const RECENT_PAYMENTS = 50;
const recentPayments = [];

function euros(cents) {
  return cents / 100;
}

async function orNotFound(promise) {
  try {
    return await promise;
  } catch (err) {
    if (err instanceof BillingNotFound) throw new HttpError(404, err.message);
    throw err;
  }
}

export const accounts = new Router()
  .get("/", async (ctx) => {
    const account = await orNotFound(fetchAccount(ctx.params.accountId));
    const plan = PLANS.find((p) => p.code === account.plan);
    ctx.json(200, {
      ...account,
      balance: euros(account.balance),
      plan: { code: plan.code, name: plan.name, monthly: euros(plan.monthly), seats: plan.seats },
      links: { invoices: `${ctx.baseUrl}/invoices`, usage: `${ctx.baseUrl}/usage` },
    });
  })
  .get("/invoices", async (ctx) => {
    const invoices = await orNotFound(fetchInvoices(ctx.params.accountId));
    const status = ctx.query.get("status");
    ctx.json(200, {
      invoices: invoices
        .filter((i) => !status || i.status === status)
        .map((i) => ({ ...i, amount: euros(i.amount), vat: euros(i.vat) })),
    });
  })
  .get("/invoices/:invoiceId", async (ctx) => {
    const invoices = await orNotFound(fetchInvoices(ctx.params.accountId));
    const invoice = invoices.find((i) => i.number === ctx.params.invoiceId);
    if (!invoice) throw new HttpError(404, `no invoice ${ctx.params.invoiceId}`);
    ctx.json(200, { ...invoice, amount: euros(invoice.amount), vat: euros(invoice.vat) });
  })
  .post("/invoices/:invoiceId/pay", async (ctx) => {
    const method = String(ctx.body?.method ?? "card");
    if (!PAYMENT_METHODS.has(method)) throw new HttpError(422, `unsupported method ${method}`);
    const receipt = await orNotFound(
      chargeInvoice(ctx.params.accountId, ctx.params.invoiceId, method),
    );
    if (receipt.alreadyPaid) throw new HttpError(409, `${receipt.invoice} is already paid`);
    recentPayments.push({ account: ctx.params.accountId, ...receipt, at: Date.now() });
    if (recentPayments.length > RECENT_PAYMENTS) recentPayments.shift();
    ctx.json(201, { ...receipt, amount: euros(receipt.amount) });
  })
  .get("/usage", async (ctx) => {
    ctx.json(200, await orNotFound(fetchUsage(ctx.params.accountId)));
  })
  .patch("/billing-contact", async (ctx) => {
    const email = String(ctx.body?.email ?? "");
    if (!/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(email)) throw new HttpError(422, "invalid email");
    const account = await orNotFound(fetchAccount(ctx.params.accountId));
    ctx.json(200, { id: account.id, billingEmail: email });
  });

export function paymentStats() {
  return { recent: recentPayments.length, last: recentPayments.at(-1) ?? null };
}
