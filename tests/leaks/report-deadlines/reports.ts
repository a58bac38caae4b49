export interface ReportRequest {
  tenant: string;
  kind: "sales" | "refunds";
  from: string;
  to: string;
}

export interface SaleRow {
  orderId: string;
  day: string;
  customer: string;
  amountCents: number;
  refundedCents: number;
}

export function loadRows(req: ReportRequest): SaleRow[] {
  const rows: SaleRow[] = [];
  const start = Date.parse(req.from);
  for (let n = 0; n < 12; n++) {
    const day = new Date(start + n * 86_400_000).toISOString().slice(0, 10);
    rows.push({
      orderId: `${req.tenant}-${day}-${n}`,
      day,
      customer: `customer-${(n * 7) % 5}@${req.tenant}.example`,
      amountCents: 1500 + n * 250,
      refundedCents: n % 4 === 0 ? 500 : 0,
    });
  }
  return rows;
}

export async function renderCsv(rows: SaleRow[], kind: string, signal: AbortSignal) {
  const lines = ["order_id,day,customer,amount,refunded"];
  for (const row of rows) {
    signal.throwIfAborted();
    if (kind === "refunds" && row.refundedCents === 0) continue;
    lines.push(
      [row.orderId, row.day, row.customer, row.amountCents / 100, row.refundedCents / 100].join(
        ",",
      ),
    );
    if (lines.length % 5 === 0) await new Promise((r) => setTimeout(r, 0));
  }
  return lines.join("\n");
}
