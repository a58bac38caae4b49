const STATUSES = ["pending", "paid", "shipped", "delivered"];

export function getOrder(id) {
  const n = Number(id);
  return {
    id: n,
    status: STATUSES[n % STATUSES.length],
    totalCents: 1000 + (n * 53) % 9000,
    items: n % 3 + 1,
  };
}

export function listInvoices(customerId) {
  const n = Number(customerId);
  return Array.from({ length: 3 }, (_, k) => ({
    number: `INV-${n}-${k + 1}`,
    amountCents: 2500 + k * 1000,
    paid: k > 0,
  }));
}
