// Marketplace commission rules, owned by the commercial team (they edit this file; the service
// picks up their changes without a deploy in development).

export const RULES_VERSION = "2025-06-01";

const CATEGORY_RATES = [
  ["electronics", 0.07, 4500],
  ["computers", 0.06, 6000],
  ["phones", 0.065, 5000],
  ["home-garden", 0.12, null],
  ["furniture", 0.13, null],
  ["fashion", 0.15, null],
  ["shoes", 0.15, null],
  ["beauty", 0.14, null],
  ["toys", 0.12, null],
  ["books", 0.1, 300],
  ["music", 0.1, 300],
  ["sports", 0.12, null],
  ["automotive", 0.1, 2500],
  ["pet-supplies", 0.12, null],
  ["groceries", 0.08, null],
];

/** category → { rate, capCents, tiers } with volume tiers precomputed for the category. */
export const categories = new Map(
  CATEGORY_RATES.map(([category, rate, capCents]) => [
    category,
    {
      rate,
      capCents,
      tiers: [
        { fromCents: 0, rate },
        { fromCents: 1_000_000, rate: Math.max(rate - 0.01, 0.04) },
        { fromCents: 5_000_000, rate: Math.max(rate - 0.02, 0.04) },
      ],
    },
  ]),
);

export const FIXED_FEE_CENTS = 35;
export const FEE_VAT = 0.21;

const DEFAULT_CATEGORY = { rate: 0.15, capCents: null, tiers: [{ fromCents: 0, rate: 0.15 }] };

/** Commission on one order line, given the seller's sales volume this month. */
export function lineCommission(category, lineCents, monthVolumeCents) {
  const rule = categories.get(category) ?? DEFAULT_CATEGORY;
  const tier = rule.tiers.findLast((t) => monthVolumeCents >= t.fromCents) ?? rule.tiers[0];
  const cents = Math.round(lineCents * tier.rate);
  return rule.capCents === null ? cents : Math.min(cents, rule.capCents);
}

export function orderFees(order, monthVolumeCents) {
  const commission = order.lines.reduce(
    (sum, line) =>
      sum + lineCommission(order.category, line.priceCents * line.qty, monthVolumeCents),
    0,
  );
  const fees = commission + FIXED_FEE_CENTS;
  return { commission, fixedFee: FIXED_FEE_CENTS, vat: Math.round(fees * FEE_VAT) };
}
