"use strict";

class InvoiceError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

function invoice(number, customer, currency, lines, issued) {
  return {
    number,
    customer,
    currency,
    lines,
    issued,
    dueDate: addDays(issued, 30),
    poNumber: null,
    notes: "",
    status: "draft",
    remindersSent: 0,
    ledger: null,
    updatedAt: issued,
  };
}

function addDays(isoDate, days) {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const invoices = new Map(
  [
    invoice("INV-1001", { name: "Brouwerij 't Hoppe", vatId: "NL812345678B01" }, "EUR", [
      { description: "Label printing, 5000 pcs", quantity: 5, unitPrice: 180_00, vatRate: 0.21 },
      { description: "Design revision", quantity: 2, unitPrice: 65_00, vatRate: 0.21 },
    ], "2025-03-01"),
    invoice("INV-1002", { name: "Hopwood Brewing Inc.", vatId: null }, "USD", [
      { description: "Label printing, 12000 pcs", quantity: 12, unitPrice: 170_00, vatRate: 0 },
    ], "2025-03-03"),
    invoice("INV-1003", { name: "Thames Side Ales Ltd", vatId: "GB123456789" }, "GBP", [
      { description: "Can wraps, 3000 pcs", quantity: 3, unitPrice: 240_00, vatRate: 0 },
      { description: "Rush surcharge", quantity: 1, unitPrice: 90_00, vatRate: 0 },
    ], "2025-03-04"),
  ].map((inv) => [inv.number, inv]),
);

function totals(inv) {
  let net = 0;
  let vat = 0;
  for (const line of inv.lines) {
    const amount = line.quantity * line.unitPrice;
    net += amount;
    vat += Math.round(amount * line.vatRate);
  }
  return { net, vat, gross: net + vat };
}

function findInvoice(number) {
  const inv = invoices.get(number);
  if (!inv) throw new InvoiceError(404, `no invoice ${number}`);
  return inv;
}

const EDITABLE = {
  poNumber: (v) => (v === null ? null : String(v).slice(0, 40)),
  notes: (v) => String(v ?? "").slice(0, 500),
  dueDate: (v) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(String(v))) {
      throw new InvoiceError(422, "dueDate must be YYYY-MM-DD");
    }
    return String(v);
  },
};

function updateInvoice(inv, patch) {
  for (const [field, value] of Object.entries(patch ?? {})) {
    const clean = EDITABLE[field];
    if (!clean || !Object.hasOwn(EDITABLE, field)) {
      throw new InvoiceError(422, `${field} cannot be changed`);
    }
    inv[field] = clean(value);
  }
  inv.updatedAt = new Date().toISOString();
  return inv;
}

function sendInvoice(inv) {
  if (inv.status === "paid") throw new InvoiceError(409, "invoice is already paid");
  if (inv.status === "sent") inv.remindersSent++;
  inv.status = "sent";
  inv.updatedAt = new Date().toISOString();
  return inv;
}

function present(inv) {
  const t = totals(inv);
  return { ...inv, totals: { net: t.net / 100, vat: t.vat / 100, gross: t.gross / 100 } };
}

module.exports = { InvoiceError, findInvoice, present, sendInvoice, totals, updateInvoice };
