export interface InvoiceLine {
  description: string;
  qty: number;
  unitCents: number;
}

export interface Invoice {
  number: string;
  customer: string;
  lines: InvoiceLine[];
  currency: string;
}

const money = (cents: number, currency: string) => `${(cents / 100).toFixed(2)} ${currency}`;

/** Plain-text rendering (the PDF service takes this as input). */
export function renderInvoice(invoice: Invoice): string {
  const rows = invoice.lines.map((l) =>
    `${l.description.padEnd(32)} ${String(l.qty).padStart(4)} ${
      money(l.unitCents * l.qty, invoice.currency).padStart(14)
    }`
  );
  const total = invoice.lines.reduce((sum, l) => sum + l.qty * l.unitCents, 0);
  return [
    `INVOICE ${invoice.number}`,
    `Bill to: ${invoice.customer}`,
    "",
    ...rows,
    "",
    `TOTAL ${money(total, invoice.currency)}`,
  ].join("\n");
}
