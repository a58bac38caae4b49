"use strict";

const { Outbox } = require("./outbox.cjs");
const { renderPdf, sendInvoiceEmail } = require("./mailer.cjs");

class YardError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const VAT = 0.21;
const RATES = {
  "haul-out": { description: "Haul-out and relaunch, travel lift", unitEur: 14.5, per: "m" },
  "pressure-wash": { description: "Hull pressure wash", unitEur: 4.25, per: "m" },
  "antifouling": { description: "Antifouling, two coats incl. paint", unitEur: 38, per: "m" },
  "winter-storage": { description: "Winter storage, outside, per month", unitEur: 9.8, per: "m" },
  "anode": { description: "Shaft anode replaced", unitEur: 42, per: "each" },
};

const outbox = new Outbox(100);
outbox.on("invoice.issued", sendInvoiceEmail);
outbox.on("invoice.paid", (payload) => {
  ledgerExport.unshift({ number: payload.number, amountEur: payload.amountEur });
  if (ledgerExport.length > 50) ledgerExport.length = 50;
});

const open = new Map();
/** The yard office pays by work order (that is what is on the customer's transfer). */
const byWorkOrder = new Map();
const paid = [];
const ledgerExport = [];
let seq = 1000;

function issue(body) {
  const lengthM = Number(body.lengthM);
  if (!body.vessel || !body.customer?.name || !(lengthM > 0)) {
    throw new YardError(400, "vessel, customer.name and lengthM are required");
  }
  const lines = (body.work ?? []).map((w) => {
    const rate = RATES[w.code];
    if (!rate) throw new YardError(422, `unknown work code ${w.code}`);
    const qty = rate.per === "m" ? lengthM * (w.months ?? 1) : (w.qty ?? 1);
    return { code: w.code, description: rate.description, qty, unitEur: rate.unitEur };
  });
  const net = lines.reduce((sum, l) => sum + l.qty * l.unitEur, 0);
  if (body.workOrder && byWorkOrder.has(body.workOrder)) {
    throw new YardError(409, `work order ${body.workOrder} is already invoiced`);
  }
  const invoice = {
    number: `ZW-${++seq}`,
    workOrder: body.workOrder ?? null,
    vessel: body.vessel,
    berth: body.berth ?? null,
    customer: { name: body.customer.name, email: body.customer.email ?? null },
    lines,
    netEur: Math.round(net * 100) / 100,
    totalEur: Math.round(net * (1 + VAT) * 100) / 100,
    issuedAt: new Date().toISOString(),
  };
  open.set(invoice.number, invoice);
  if (invoice.workOrder) byWorkOrder.set(invoice.workOrder, invoice.number);
  renderPdf(invoice);
  outbox.publish("invoice.issued", {
    number: invoice.number,
    email: invoice.customer.email,
    name: invoice.customer.name,
    vessel: invoice.vessel,
    totalEur: invoice.totalEur,
    lines: invoice.lines.map((l) => `${l.description}: ${l.qty} × €${l.unitEur}`),
  });
  return invoice;
}

function pay(ref, body) {
  const number = byWorkOrder.get(ref) ?? ref;
  const invoice = open.get(number);
  if (!invoice) throw new YardError(404, `no open invoice ${number}`);
  const amount = Number(body.amountEur);
  if (Math.abs(amount - invoice.totalEur) > 0.005) {
    throw new YardError(422, `expected €${invoice.totalEur}, got €${amount}`);
  }
  open.delete(number);
  if (invoice.workOrder) byWorkOrder.delete(invoice.workOrder);
  paid.unshift({ number, vessel: invoice.vessel, amountEur: amount, at: new Date().toISOString() });
  if (paid.length > 40) paid.length = 40;
  outbox.publish("invoice.paid", { number, amountEur: amount, method: body.method ?? "bank" });
  return { number, status: "paid" };
}

function byVessel(vessel) {
  return [...open.values()].filter((i) => i.vessel === vessel);
}

function office() {
  return { open: open.size, paid: paid.slice(0, 10), outbox: outbox.stats() };
}

module.exports = { YardError, byVessel, issue, office, pay };
