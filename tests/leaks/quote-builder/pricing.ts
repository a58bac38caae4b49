export interface QuoteRequest {
  product: "home" | "travel" | "bike";
  postcode: string;
  insuredCents: number;
  deductibleCents: number;
  birthYear: number;
}

export interface Quote {
  product: string;
  monthlyCents: number;
  yearlyCents: number;
  lines: { label: string; cents: number }[];
  validUntil: string;
}

const BASE_RATE: Record<QuoteRequest["product"], number> = {
  home: 0.0021,
  travel: 0.0085,
  bike: 0.0064,
};

const REGION_FACTOR: [RegExp, number][] = [
  [/^10\d\d/, 1.35],
  [/^30\d\d/, 1.2],
  [/^35\d\d/, 1.1],
  [/^\d{4}/, 1.0],
];

export function validate(body: unknown): QuoteRequest | string {
  if (!body || typeof body !== "object") return "body must be a JSON object";
  const b = body as Record<string, unknown>;
  if (b.product !== "home" && b.product !== "travel" && b.product !== "bike") {
    return "product must be home, travel or bike";
  }
  if (typeof b.postcode !== "string" || !/^\d{4}\s?[A-Za-z]{2}$/.test(b.postcode)) {
    return "postcode must be a Dutch postcode";
  }
  if (!Number.isInteger(b.insuredCents) || (b.insuredCents as number) <= 0) {
    return "insuredCents must be a positive integer";
  }
  const deductibleCents = b.deductibleCents ?? 0;
  if (!Number.isInteger(deductibleCents)) return "deductibleCents must be an integer";
  if (!Number.isInteger(b.birthYear)) return "birthYear is required";
  return {
    product: b.product,
    postcode: b.postcode.replace(/\s/, "").toUpperCase(),
    insuredCents: b.insuredCents as number,
    deductibleCents: deductibleCents as number,
    birthYear: b.birthYear as number,
  };
}

export function regionFactor(postcode: string): number {
  return REGION_FACTOR.find(([re]) => re.test(postcode))![1];
}

export function price(q: QuoteRequest, region: number, now = new Date()): Quote {
  const age = now.getUTCFullYear() - q.birthYear;
  const ageFactor = age < 25 ? 1.4 : age > 70 ? 1.25 : 1;
  const deductibleDiscount = Math.min(0.3, q.deductibleCents / Math.max(q.insuredCents, 1) * 4);
  const base = Math.round(q.insuredCents * BASE_RATE[q.product]);
  const lines = [
    { label: "base premium", cents: base },
    { label: "region", cents: Math.round(base * (region - 1)) },
    { label: "age", cents: Math.round(base * (ageFactor - 1)) },
    { label: "deductible discount", cents: -Math.round(base * deductibleDiscount) },
  ];
  const net = lines.reduce((sum, l) => sum + l.cents, 0);
  const tax = Math.round(net * 0.21);
  lines.push({ label: "insurance tax (21%)", cents: tax });
  const yearlyCents = net + tax;
  const validUntil = new Date(now.getTime() + 14 * 86_400_000).toISOString().slice(0, 10);
  return {
    product: q.product,
    monthlyCents: Math.ceil(yearlyCents / 12),
    yearlyCents,
    lines,
    validUntil,
  };
}
