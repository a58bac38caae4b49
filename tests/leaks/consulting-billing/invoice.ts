import { memoize } from "./memoize.ts";
import { type Client, CONSULTANTS, RATE_CARD, VAT_BY_COUNTRY } from "./rates.ts";

export interface TimesheetEntry {
  id: string;
  consultant: string;
  project: string;
  date: string;
  hours: number;
}

export interface InvoiceLine {
  entry: string;
  consultant: string;
  project: string;
  date: string;
  hours: number;
  rate: number;
  amount: number;
  vatRate: number;
  vat: number;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Prices one client's timesheet entries; made per request. */
export class InvoiceCalculator {
  constructor(readonly client: Client) {}

  @memoize
  rateFor(consultant: string, project: string): number {
    const role = CONSULTANTS[consultant]?.role ?? "consultant";
    const base = this.client.projectRates[project] ?? RATE_CARD[role];
    return round2(base * (1 - this.client.discountPct / 100));
  }

  @memoize
  lineFor(entry: TimesheetEntry): InvoiceLine {
    const rate = this.rateFor(entry.consultant, entry.project);
    const amount = round2(entry.hours * rate);
    const vatRate = VAT_BY_COUNTRY[this.client.country] ?? 0;
    const line: InvoiceLine = {
      entry: entry.id,
      consultant: CONSULTANTS[entry.consultant]?.name ?? entry.consultant,
      project: entry.project,
      date: entry.date,
      hours: entry.hours,
      rate,
      amount,
      vatRate,
      vat: round2(amount * vatRate),
    };
    return line;
  }

  subtotals(entries: TimesheetEntry[]): Record<string, number> {
    const byProject: Record<string, number> = {};
    for (const entry of entries) {
      const { project, amount } = this.lineFor(entry);
      byProject[project] = round2((byProject[project] ?? 0) + amount);
    }
    return byProject;
  }

  preview(period: string, entries: TimesheetEntry[]) {
    const lines = entries.map((entry) => this.lineFor(entry));
    const net = round2(lines.reduce((sum, line) => sum + line.amount, 0));
    const vat = round2(lines.reduce((sum, line) => sum + line.vat, 0));
    return {
      client: this.client.name,
      period,
      lines,
      subtotals: this.subtotals(entries),
      net,
      vat,
      total: round2(net + vat),
    };
  }
}
