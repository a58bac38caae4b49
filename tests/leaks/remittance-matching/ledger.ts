import { InvoiceIndex } from "./invoice_index.ts";

export interface InvoiceLine {
  sku: string;
  description: string;
  qty: number;
  unitCents: number;
}

export interface Invoice {
  number: string;
  customer: string;
  currency: string;
  amountCents: number;
  openCents: number;
  dueOn: string;
  lines: InvoiceLine[];
  status: "open" | "paid";
  issuedAt: string;
  paidAt?: string;
  payments: { lineId: string; cents: number; bookedOn: string }[];
}

export interface BankLine {
  id: string;
  bookedOn: string;
  amountCents: number;
  reference: string;
  counterparty?: string;
}

export interface RunSummary {
  id: number;
  startedAt: string;
  lines: number;
  matchedByReference: number;
  matchedByAmount: number;
  unmatched: number;
}

export class LedgerError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const PAID_KEPT = 25;
const RUNS_KEPT = 20;
const UNMATCHED_KEPT = 50;

const openInvoices = new Map<string, Invoice>();
const index = new InvoiceIndex();
const paidRecently: Invoice[] = [];
const unmatched: BankLine[] = [];
const runs: RunSummary[] = [];
let nextRun = 1;

export function issueInvoice(body: Partial<Invoice>): Invoice {
  if (!body.number || !body.customer) throw new LedgerError(400, "number and customer required");
  if (!Number.isInteger(body.amountCents) || body.amountCents! <= 0) {
    throw new LedgerError(400, "amountCents must be a positive integer");
  }
  if (openInvoices.has(body.number)) throw new LedgerError(409, `${body.number} already issued`);
  const inv: Invoice = {
    number: body.number,
    customer: body.customer,
    currency: body.currency ?? "GBP",
    amountCents: body.amountCents!,
    openCents: body.amountCents!,
    dueOn: body.dueOn ?? "",
    lines: (body.lines ?? []).map((l) => ({ ...l })),
    status: "open",
    issuedAt: new Date().toISOString(),
    payments: [],
  };
  openInvoices.set(inv.number, inv);
  index.add(inv);
  return inv;
}

export function findInvoice(number: string): Invoice | undefined {
  return openInvoices.get(number) ?? paidRecently.find((inv) => inv.number === number);
}

function applyPayment(inv: Invoice, line: BankLine) {
  const cents = Math.min(inv.openCents, line.amountCents);
  inv.openCents -= cents;
  inv.payments.push({ lineId: line.id, cents, bookedOn: line.bookedOn });
  index.remove(inv);
  if (inv.openCents > 0) {
    // part payment: it stays open for the rest
    index.add(inv);
    return;
  }
  inv.status = "paid";
  inv.paidAt = new Date().toISOString();
  openInvoices.delete(inv.number);
  paidRecently.push(inv);
  if (paidRecently.length > PAID_KEPT) paidRecently.shift();
}

const INVOICE_REF = /\bINV-\d+\b/i;

/** One reconciliation run over a batch of bank statement lines. */
export function reconcile(lines: BankLine[]): RunSummary {
  const run: RunSummary = {
    id: nextRun++,
    startedAt: new Date().toISOString(),
    lines: lines.length,
    matchedByReference: 0,
    matchedByAmount: 0,
    unmatched: 0,
  };
  for (const line of lines) {
    if (line.amountCents <= 0) continue; // outgoing payments are matched elsewhere
    const ref = INVOICE_REF.exec(line.reference ?? "")?.[0].toUpperCase();
    const byRef = ref ? openInvoices.get(ref) : undefined;
    if (byRef) {
      applyPayment(byRef, line);
      run.matchedByReference++;
      continue;
    }
    const candidates = index.candidates(line.amountCents);
    if (candidates.length === 1) {
      applyPayment(candidates[0], line);
      run.matchedByAmount++;
      continue;
    }
    run.unmatched++;
    unmatched.push(line);
    if (unmatched.length > UNMATCHED_KEPT) unmatched.shift();
  }
  runs.push(run);
  if (runs.length > RUNS_KEPT) runs.shift();
  return run;
}

export function summary() {
  let outstanding = 0;
  for (const inv of openInvoices.values()) outstanding += inv.openCents;
  return {
    openInvoices: openInvoices.size,
    outstandingCents: outstanding,
    unmatchedLines: unmatched.length,
    lastRun: runs.at(-1) ?? null,
    paidRecently: paidRecently.slice(-5).map((inv) => inv.number),
  };
}
