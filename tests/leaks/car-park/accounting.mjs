// Payments go to the accounting system in batches of 25, or whatever waits every 150 ms.
const BATCH = 25;
let pending = [];
const shipped = { batches: 0, payments: 0, cents: 0 };

function ship() {
  if (!pending.length) return;
  const batch = pending;
  pending = [];
  shipped.batches++;
  for (const p of batch) {
    shipped.payments++;
    shipped.cents += p.cents;
  }
}

setInterval(ship, 150).unref();

export function recordPayment(payment) {
  pending.push(payment);
  if (pending.length >= BATCH) ship();
}

export const accountingStats = () => ({ ...shipped, pending: pending.length });
