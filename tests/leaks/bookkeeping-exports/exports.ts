import { entriesFor } from "./ledger.ts";
import { type ExportJob, ExportQueue } from "./queue.ts";

export const queue = new ExportQueue(2, 32);

export interface ExportResult {
  id: string;
  company: string;
  period: string;
  format: string;
  rows: number;
  totals: { debit: number; credit: number };
  body: string;
  generatedAt: string;
}

let seq = 0;

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function render(job: ExportJob, signal: AbortSignal): Promise<ExportResult> {
  const rows = entriesFor(job.company, job.period);
  // stands in for the replica query
  await pause(4);
  if (signal.aborted) throw signal.reason;
  const debit = rows.reduce((s, r) => s + r.debit, 0);
  const credit = rows.reduce((s, r) => s + r.credit, 0);
  const body = job.format === "json" ? JSON.stringify(rows) : [
    "date,account,description,debit,credit,vat",
    ...rows.map((r) =>
      [r.date, r.account, `"${r.description}"`, r.debit.toFixed(2), r.credit.toFixed(2), r.vatCode]
        .join(",")
    ),
  ].join("\n");
  return {
    id: job.id,
    company: job.company,
    period: job.period,
    format: job.format,
    rows: rows.length,
    totals: { debit: Math.round(debit * 100) / 100, credit: Math.round(credit * 100) / 100 },
    body,
    generatedAt: new Date().toISOString(),
  };
}

export function requestExport(input: {
  company?: string;
  period?: string;
  format?: string;
  requestedBy?: string;
}): Promise<ExportResult> {
  const job: ExportJob = {
    id: `exp-${++seq}`,
    company: String(input.company ?? ""),
    period: String(input.period ?? ""),
    format: input.format === "json" ? "json" : "csv",
    requestedBy: String(input.requestedBy ?? "unknown"),
    requestedAt: Date.now(),
  };
  return queue.submit(job, render);
}
