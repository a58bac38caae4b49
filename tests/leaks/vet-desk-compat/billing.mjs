// Prices of the clinic's standard items, and invoices handed to the accounting package in
// batches of 20 or 150 ms after the first.
const PRICES = new Map([
  ["CONS-STD", { label: "Consult", cents: 4250 }],
  ["VAC-DHP", { label: "Vaccination DHP", cents: 3895 }],
  ["VAC-LEPTO", { label: "Vaccination Lepto", cents: 2975 }],
  ["XRAY", { label: "X-ray", cents: 11500 }],
]);

let batch = [];
let timer;
const exported = { batches: 0, invoices: 0 };

function flush() {
  clearTimeout(timer);
  timer = undefined;
  if (batch.length === 0) return;
  exported.batches++;
  exported.invoices += batch.length;
  batch = [];
}

export function invoiceFor(appointment, items) {
  const lines = items.map((item) => {
    const price = PRICES.get(String(item.code));
    if (!price) throw Object.assign(new Error(`unknown item ${item.code}`), { status: 422 });
    const qty = Math.max(1, Number(item.qty) || 1);
    return { code: String(item.code), label: price.label, qty, cents: price.cents * qty };
  });
  const invoice = {
    appointment: appointment.id,
    owner: appointment.owner.name,
    lines,
    totalCents: lines.reduce((sum, l) => sum + l.cents, 0),
  };
  batch.push(invoice);
  if (batch.length >= 20) flush();
  else timer ??= setTimeout(flush, 150);
  return invoice;
}

export const billingStats = () => ({ ...exported, waiting: batch.length });
