"use strict";

// Open invoices per customer, as the accounting system exports them every night.

const CUSTOMERS = [
  { id: "acme", name: "Acme Tooling B.V.", email: "ap@acme-tooling.example", locale: "nl" },
  { id: "bakker", name: "Bakkerij de Vries", email: "boekhouding@devries.example", locale: "nl" },
  { id: "fjord", name: "Fjord Logistics AS", email: "invoices@fjord.example", locale: "en" },
  { id: "kraus", name: "Kraus Maschinenbau GmbH", email: "kreditoren@kraus.example", locale: "de" },
];

function invoicesFor(customerId) {
  const seed = [...customerId].reduce((n, ch) => n + ch.charCodeAt(0), 0);
  return Array.from({ length: 6 }, (_, i) => {
    const daysOverdue = ((seed + i * 11) % 75) - 10;
    return {
      number: `INV-2024-${String(seed * 10 + i).padStart(5, "0")}`,
      amountCents: 12_500 + ((seed * (i + 3)) % 40) * 2_750,
      currency: "EUR",
      dueDate: new Date(Date.UTC(2024, 4, 1) - daysOverdue * 86_400_000).toISOString().slice(0, 10),
      daysOverdue,
    };
  });
}

function findCustomer(id) {
  return CUSTOMERS.find((c) => c.id === id);
}

module.exports = { findCustomer, invoicesFor };
