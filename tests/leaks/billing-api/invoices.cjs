"use strict";

const invoices = new Map();
let sequence = 1000;

function createInvoice(log, { customer, lines }) {
  const number = `INV-${++sequence}`;
  const totalCents = lines.reduce((sum, l) => sum + l.qty * l.unitCents, 0);
  const invoice = { number, customer, lines, totalCents, status: "open", createdAt: Date.now() };
  invoices.set(number, invoice);
  if (invoices.size > 100) invoices.delete(invoices.keys().next().value);
  log.info("invoice created", { number, totalCents });
  return invoice;
}

function payInvoice(log, number, amountCents) {
  const invoice = invoices.get(number);
  if (!invoice) return null;
  invoice.status = amountCents >= invoice.totalCents ? "paid" : "partially_paid";
  log.info("payment recorded", { number, amountCents, status: invoice.status });
  return invoice;
}

module.exports = { createInvoice, payInvoice };
