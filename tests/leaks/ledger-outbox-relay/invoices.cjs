"use strict";

const { record } = require("./relay.cjs");

class InvoiceError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** Open invoices; paid ones are archived (the ledger keeps the history, not this service). */
const invoices = new Map();
const MAX_ARCHIVE = 40;
const archive = [];

function total(lines) {
  return lines.reduce((sum, l) => sum + Math.round(l.qty * l.unitPrice * 100), 0) / 100;
}

function create(body) {
  if (!body.number) throw new InvoiceError(400, "number is required");
  if (invoices.has(body.number)) throw new InvoiceError(409, "invoice exists");
  const lines = Array.isArray(body.lines) ? body.lines : [];
  const invoice = {
    number: body.number,
    customer: body.customer,
    currency: body.currency ?? "EUR",
    lines,
    total: total(lines),
    status: "open",
    issuedAt: new Date().toISOString(),
  };
  invoices.set(invoice.number, invoice);
  record(invoice.number, "invoice.issued", { ...invoice });
  return invoice;
}

function update(number, patch) {
  const invoice = invoices.get(number);
  if (!invoice) throw new InvoiceError(404, "no such invoice");
  if (patch.status === "paid") {
    invoice.status = "paid";
    invoice.paidAt = new Date().toISOString();
    invoices.delete(number);
    archive.unshift({ number, total: invoice.total, paidAt: invoice.paidAt });
    if (archive.length > MAX_ARCHIVE) archive.length = MAX_ARCHIVE;
    record(number, "invoice.paid", {
      number,
      customer: invoice.customer,
      total: invoice.total,
      currency: invoice.currency,
      method: patch.method ?? "transfer",
      reference: patch.reference,
      paidAt: invoice.paidAt,
    });
  }
  return invoice;
}

function get(number) {
  const invoice = invoices.get(number) ?? archive.find((a) => a.number === number);
  if (!invoice) throw new InvoiceError(404, "no such invoice");
  return invoice;
}

module.exports = { create, get, InvoiceError, update };
