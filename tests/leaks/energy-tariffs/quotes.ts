import { listen } from "./node_modules/disposable-listener/index.js";
import { tariffBook } from "./tariffs.ts";

export interface QuoteRequest {
  customer: string;
  postcode: string;
  tariff: string;
  annualKwh: number;
  annualM3?: number;
}

interface QuoteLine {
  label: string;
  cents: number;
}

export class QuoteError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

let quoteSeq = 0;

/** Grid operator's yearly fee for a postcode area (a network lookup in production). */
async function gridFeeCents(postcode: string): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, 2));
  const area = Number.parseInt(postcode.slice(0, 2), 10) || 10;
  return 28_000 + area * 37;
}

async function priceLines(request: QuoteRequest): Promise<QuoteLine[]> {
  const tariff = tariffBook.get(request.tariff)!;
  const lines: QuoteLine[] = [
    {
      label: `Electricity ${request.annualKwh} kWh`,
      cents: tariff.unitCentsKwh * request.annualKwh,
    },
    { label: "Standing charge", cents: tariff.standingCentsDay * 365 },
  ];
  if (request.annualM3) {
    lines.push({
      label: `Gas ${request.annualM3} m³`,
      cents: tariff.gasCentsM3 * request.annualM3,
    });
  }
  lines.push({ label: "Grid operator", cents: await gridFeeCents(request.postcode) });
  return lines.map((l) => ({ ...l, cents: Math.round(l.cents) }));
}

export async function quote(request: QuoteRequest) {
  if (!tariffBook.get(request.tariff)) throw new QuoteError(404, `no tariff ${request.tariff}`);
  if (!(request.annualKwh > 0)) throw new QuoteError(400, "annualKwh must be positive");
  const ctx = {
    id: `q-${++quoteSeq}`,
    request,
    stale: false,
    attempts: 0,
    lines: [] as QuoteLine[],
  };
  const onRepublish = () => {
    ctx.stale = true;
  };
  // Capture phase: hear a republish before the book's own listener re-sorts it, so a quote
  // halfway through its lookups never mixes old and new unit prices.
  const stopWatching = listen(tariffBook, "republish", onRepublish, { capture: true });
  try {
    do {
      ctx.stale = false;
      ctx.attempts++;
      ctx.lines = await priceLines(request);
    } while (ctx.stale && ctx.attempts < 3);
  } finally {
    stopWatching();
  }
  const yearlyCents = ctx.lines.reduce((sum, l) => sum + l.cents, 0);
  return {
    id: ctx.id,
    tariff: request.tariff,
    revision: tariffBook.revision,
    lines: ctx.lines,
    yearlyCents,
    monthlyCents: Math.ceil(yearlyCents / 12),
  };
}
