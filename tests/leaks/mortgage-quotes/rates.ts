export type Product = "annuity" | "linear";

/** Today's rate sheet: yearly rate by fixed-rate period and loan-to-value band. */
const RATE_SHEET: Record<number, [maxLtv: number, rate: number][]> = {
  1: [[0.6, 0.0389], [0.8, 0.0401], [1.0, 0.0412]],
  5: [[0.6, 0.0362], [0.8, 0.0371], [1.0, 0.0384]],
  10: [[0.6, 0.0355], [0.8, 0.0366], [1.0, 0.0379]],
  20: [[0.6, 0.0371], [0.8, 0.0382], [1.0, 0.0394]],
};

export let sheetVersion = "2024-11-05";

export function fixedPeriods(): number[] {
  return Object.keys(RATE_SHEET).map(Number);
}

export function yearlyRate(fixedYears: number, ltv: number): number | undefined {
  const bands = RATE_SHEET[fixedYears];
  return bands?.find(([maxLtv]) => ltv <= maxLtv)?.[1];
}

export function publishSheet(version: string, changes: Record<number, number>): void {
  for (const [years, delta] of Object.entries(changes)) {
    const bands = RATE_SHEET[Number(years)];
    if (!bands) continue;
    for (const band of bands) band[1] = Math.round((band[1] + delta) * 10_000) / 10_000;
  }
  sheetVersion = version;
}

export interface Quote {
  product: Product;
  loanCents: number;
  propertyValueCents: number;
  termYears: number;
  fixedYears: number;
  yearlyRate: number;
  firstMonthCents: number;
  totalInterestCents: number;
  sheetVersion: string;
  quotedAt: string;
}

/** Monthly payments of an annuity or linear mortgage over the full term. */
export function buildQuote(
  product: Product,
  loanCents: number,
  propertyValueCents: number,
  termYears: number,
  fixedYears: number,
): Quote | undefined {
  const rate = yearlyRate(fixedYears, loanCents / propertyValueCents);
  if (rate === undefined) return undefined;
  const r = rate / 12;
  const months = termYears * 12;
  let firstMonthCents: number;
  let totalInterestCents: number;
  if (product === "annuity") {
    const payment = (loanCents * r) / (1 - Math.pow(1 + r, -months));
    firstMonthCents = Math.round(payment);
    totalInterestCents = Math.round(payment * months - loanCents);
  } else {
    const principal = loanCents / months;
    firstMonthCents = Math.round(principal + loanCents * r);
    totalInterestCents = Math.round((loanCents * r * (months + 1)) / 2);
  }
  const quote: Quote = {
    product,
    loanCents,
    propertyValueCents,
    termYears,
    fixedYears,
    yearlyRate: rate,
    firstMonthCents,
    totalInterestCents,
    sheetVersion,
    quotedAt: new Date().toISOString(),
  };
  return quote;
}
