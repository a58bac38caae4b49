// Client for the billing provider's API. The sandbox answers are generated from the account
// number so that every account of the test tenant has a plan, invoices and usage.

import { createHash, randomUUID } from "node:crypto";

export const PLANS = [
  { code: "starter", name: "Starter", monthly: 19_00, seats: 3, includedGb: 50 },
  { code: "team", name: "Team", monthly: 79_00, seats: 15, includedGb: 500 },
  { code: "business", name: "Business", monthly: 249_00, seats: 100, includedGb: 5_000 },
];

function seedOf(accountId) {
  return createHash("sha1").update(accountId).digest().readUInt32BE(0);
}

function roundTrip() {
  return new Promise((resolve) => setImmediate(resolve));
}

export class BillingNotFound extends Error {}

export async function fetchAccount(accountId) {
  await roundTrip();
  if (!/^acc-\d{1,9}$/.test(accountId)) throw new BillingNotFound(`no account ${accountId}`);
  const seed = seedOf(accountId);
  const plan = PLANS[seed % PLANS.length];
  return {
    id: accountId,
    company: `Customer ${accountId.slice(4)} B.V.`,
    plan: plan.code,
    seatsUsed: 1 + (seed % plan.seats),
    currency: "EUR",
    billingEmail: `finance+${accountId}@example.com`,
    balance: (seed % 3) * plan.monthly,
  };
}

export async function fetchInvoices(accountId) {
  const account = await fetchAccount(accountId);
  const plan = PLANS.find((p) => p.code === account.plan);
  const invoices = [];
  for (let month = 1; month <= 3; month++) {
    const number = `INV-2025${String(month).padStart(2, "0")}-${accountId.slice(4)}`;
    invoices.push({
      number,
      period: `2025-${String(month).padStart(2, "0")}`,
      amount: plan.monthly,
      vat: Math.round(plan.monthly * 0.21),
      status: month === 3 && account.balance > 0 ? "open" : "paid",
    });
  }
  return invoices;
}

export async function fetchUsage(accountId) {
  const account = await fetchAccount(accountId);
  const plan = PLANS.find((p) => p.code === account.plan);
  const seed = seedOf(accountId);
  return {
    storageGb: (seed % (plan.includedGb * 1.2)) | 0,
    includedGb: plan.includedGb,
    apiCalls: seed % 250_000,
  };
}

export async function chargeInvoice(accountId, invoiceNumber, method) {
  const invoices = await fetchInvoices(accountId);
  const invoice = invoices.find((i) => i.number === invoiceNumber);
  if (!invoice) throw new BillingNotFound(`no invoice ${invoiceNumber} on ${accountId}`);
  await roundTrip();
  return {
    paymentId: `pay_${randomUUID().slice(0, 12)}`,
    invoice: invoice.number,
    amount: invoice.amount + invoice.vat,
    method,
    alreadyPaid: invoice.status === "paid",
  };
}
