import { priceFor, SupplierTimeout } from "./prices.ts";
import { knownGlass } from "./suppliers.ts";

export class QuoteError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

interface Quote {
  ref: string;
  customer: string;
  panes: { widthMm: number; heightMm: number; glass: string }[];
  supplier: string;
  totalPence: number;
  leadDays: number;
  createdAt: string;
  status: "open" | "accepted" | "declined";
}

const MAX_OPEN = 50;
const FITTING_PER_PANE = 3500;
/** Open quotes on the counter screen; the oldest drop off past 50. */
const open = new Map<string, Quote>();
const decided: { ref: string; status: string; totalPence: number }[] = [];

interface PaneInput {
  widthMm?: number;
  heightMm?: number;
  glass?: string;
}

function checkPanes(panes: PaneInput[] | undefined) {
  if (!Array.isArray(panes) || panes.length === 0) throw new QuoteError(400, "no panes");
  return panes.map((p, n) => {
    const widthMm = Number(p.widthMm);
    const heightMm = Number(p.heightMm);
    const glass = String(p.glass ?? "");
    if (!(widthMm > 0 && heightMm > 0)) throw new QuoteError(400, `pane ${n + 1}: size`);
    if (widthMm > 3210 || heightMm > 2250) {
      throw new QuoteError(422, `pane ${n + 1} is bigger than a jumbo sheet`);
    }
    if (!knownGlass(glass)) throw new QuoteError(422, `pane ${n + 1}: we don't stock ${glass}`);
    return { widthMm, heightMm, glass };
  });
}

export async function createQuote(
  body: { ref?: string; customer?: string; supplier?: string; panes?: PaneInput[] },
) {
  if (!body.ref) throw new QuoteError(400, "a reference is needed");
  if (open.has(body.ref)) throw new QuoteError(409, `${body.ref} exists`);
  const panes = checkPanes(body.panes);
  const supplier = body.supplier ?? "pilkton";
  let total = 0;
  let lead = 0;
  try {
    for (const pane of panes) {
      const price = await priceFor(supplier, pane.glass);
      const sqm = Math.max(0.25, (pane.widthMm * pane.heightMm) / 1_000_000);
      total += Math.round(sqm * price.perSqmPence) + FITTING_PER_PANE;
      lead = Math.max(lead, price.leadDays);
    }
  } catch (err) {
    if (err instanceof SupplierTimeout) throw new QuoteError(504, err.message);
    throw err;
  }
  const quote: Quote = {
    ref: body.ref,
    customer: String(body.customer ?? ""),
    panes,
    supplier,
    totalPence: total,
    leadDays: lead,
    createdAt: new Date().toISOString(),
    status: "open",
  };
  open.set(quote.ref, quote);
  if (open.size > MAX_OPEN) open.delete(open.keys().next().value!);
  return quote;
}

export function decide(ref: string, status: string) {
  const quote = open.get(ref);
  if (!quote) throw new QuoteError(404, `no open quote ${ref}`);
  if (status !== "accepted" && status !== "declined") {
    throw new QuoteError(400, "accepted or declined");
  }
  quote.status = status;
  open.delete(ref);
  decided.push({ ref, status, totalPence: quote.totalPence });
  if (decided.length > 30) decided.shift();
  return { ref, status };
}

export function counter() {
  return { open: open.size, recent: decided.slice(-5) };
}
