"use strict";
// Business rules for incoming e-invoices (a subset of EN 16931), with VAT ids checked against
// the VIES service (simulated; answers cached per id).

const VAT_ID = /^(NL\d{9}B\d{2}|BE0\d{9}|DE\d{9})$/;
const viesAnswers = new Map();

function checkVies(vatId) {
  if (!viesAnswers.has(vatId)) {
    viesAnswers.set(
      vatId,
      new Promise((resolve) => setImmediate(() => resolve({ vatId, valid: VAT_ID.test(vatId) }))),
    );
  }
  return viesAnswers.get(vatId);
}

const cents = (amount) => Math.round(Number(amount) * 100);

async function validate(invoice) {
  const errors = [];
  if (!invoice.number) errors.push({ rule: "BR-02", message: "invoice number missing" });
  if (!invoice.issueDate) errors.push({ rule: "BR-03", message: "issue date missing" });
  if (invoice.dueDate && invoice.dueDate < invoice.issueDate) {
    errors.push({ rule: "BR-CO-DUE", message: "due date before issue date" });
  }
  for (const party of ["seller", "buyer"]) {
    const vatId = invoice[party]?.vatId;
    if (!vatId) {
      errors.push({ rule: party === "seller" ? "BR-S-02" : "BR-S-03", message: `${party} VAT id` });
      continue;
    }
    const answer = await checkVies(vatId);
    if (!answer.valid) errors.push({ rule: "VIES", message: `${party} VAT id ${vatId} unknown` });
  }
  const lines = Array.isArray(invoice.lines) ? invoice.lines : [];
  if (lines.length === 0) errors.push({ rule: "BR-16", message: "no invoice lines" });
  const net = lines.reduce((sum, line) => sum + cents(line.quantity * line.unitPrice), 0);
  if (net !== cents(invoice.totals?.net)) {
    errors.push({
      rule: "BR-CO-10",
      message: `line total ${net / 100} != net ${invoice.totals?.net}`,
    });
  }
  return { valid: errors.length === 0, errors };
}

module.exports = { validate };
