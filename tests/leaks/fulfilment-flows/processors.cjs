"use strict";

const WAREHOUSE_BINS = ["A-01-3", "A-04-1", "B-12-2", "C-02-4", "C-07-1", "D-10-2"];

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

class InvoiceRejected extends Error {
  constructor(message) {
    super(message);
    this.retryable = false;
  }
}

async function pick(job) {
  await delay(1);
  return {
    picker: "handheld-07",
    lines: job.data.lines.map((line, n) => ({
      sku: line.sku,
      qty: line.qty,
      bin: WAREHOUSE_BINS[(line.sku.length + n) % WAREHOUSE_BINS.length],
      pickedAt: new Date().toISOString(),
    })),
  };
}

async function pack(job) {
  await delay(1);
  const grams = job.data.lines.reduce((sum, line) => sum + line.qty * line.grams, 0);
  return { box: grams > 5000 ? "BX-L" : grams > 1500 ? "BX-M" : "BX-S", grams: grams + 180 };
}

async function label(job) {
  await delay(1);
  const { name, street, postcode, city, country } = job.data.shipTo;
  const tracking = `3S${job.data.orderId.replace(/\W/g, "").toUpperCase()}NL`;
  const zpl =
    `^XA^FO50,50^A0N,40^FD${name}^FS^FO50,100^FD${street}^FS^FO50,150^FD${postcode} ${city}` +
    `^FS^FO50,200^FD${country}^FS^BY3^FO50,260^BCN,120^FD${tracking}^FS^XZ`;
  return { carrier: country === "NL" ? "postnl" : "dhl", tracking, zpl };
}

async function invoice(job) {
  await delay(1);
  const { vatId, orderId, lines } = job.data;
  if (!/^[A-Z]{2}[0-9A-Z]{8,12}$/.test(vatId ?? "")) {
    throw new InvoiceRejected(`VAT id ${vatId} of ${orderId} was rejected by the VIES check`);
  }
  const netCents = lines.reduce((sum, line) => sum + line.qty * line.cents, 0);
  return { number: `INV-${orderId}`, netCents, reverseCharge: !vatId.startsWith("NL") };
}

async function ship(job) {
  await delay(1);
  const { children, orderId } = job.data;
  return { orderId, tracking: children.label?.tracking, box: children.pack.box };
}

module.exports = { pick, pack, label, invoice, ship };
