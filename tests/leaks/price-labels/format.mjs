import { memoize } from "./memoize.mjs";

// Building an Intl.NumberFormat is the slow part, so the formatted parts are memoized.
function formatParts(cents, currency, locale) {
  const nf = new Intl.NumberFormat(locale, { style: "currency", currency });
  const parts = nf.formatToParts(cents / 100);
  return {
    text: parts.map((p) => p.value).join(""),
    parts,
    symbol: parts.find((p) => p.type === "currency")?.value ?? currency,
  };
}

export const priceParts = memoize(
  formatParts,
  (cents, currency, locale) => `${locale}:${currency}:${cents}`,
);

export function label(product, qty, { currency, locale }) {
  const price = priceParts(product.priceCents, currency, locale);
  const was = product.listCents > product.priceCents
    ? priceParts(product.listCents, currency, locale).text
    : null;
  const total = priceParts(product.priceCents * qty, currency, locale).text;
  return { sku: product.sku, qty, price: price.text, symbol: price.symbol, was, total };
}
