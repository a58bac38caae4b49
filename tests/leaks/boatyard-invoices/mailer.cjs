"use strict";

/**
 * Invoice PDFs are rendered in the background (the renderer is slow); the invoice e-mail
 * waits for its PDF.
 */
const pdfs = new Map();
const sentMail = [];
const RENDER_MS = 150;

class NotReady extends Error {}

function renderPdf(invoice) {
  setTimeout(() => {
    const body = [
      `%PDF-1.4 % ${invoice.number}`,
      `Jachtwerf De Zwaluw B.V. — Havenweg 12, 8531 PD Lemmer — KvK 01234567`,
      `Invoice ${invoice.number} for ${invoice.customer.name}, vessel ${invoice.vessel}`,
      ...invoice.lines.map((l) => `${l.description}  ${l.qty} × ${l.unitEur.toFixed(2)}`),
      `Total incl. VAT EUR ${invoice.totalEur.toFixed(2)}`,
    ].join("\n");
    pdfs.set(invoice.number, Buffer.from(body, "latin1"));
  }, RENDER_MS);
}

async function sendInvoiceEmail(payload) {
  const pdf = pdfs.get(payload.number);
  if (!pdf) throw new NotReady(`PDF for ${payload.number} not rendered yet`);
  // the SMTP relay accepts the message; we keep a short log for the office
  await Promise.resolve();
  pdfs.delete(payload.number);
  sentMail.unshift({
    to: payload.email,
    subject: `Invoice ${payload.number} — ${payload.vessel}`,
    bytes: pdf.length,
    at: new Date().toISOString(),
  });
  if (sentMail.length > 20) sentMail.length = 20;
}

module.exports = { NotReady, renderPdf, sendInvoiceEmail, sentMail };
