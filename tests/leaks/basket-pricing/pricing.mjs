import { fetchPrices, fetchPromotion } from "./upstream.mjs";

const VAT = 0.21;

export async function priceBasket(traceId, basket) {
  const skus = [...new Set(basket.items.map((item) => item.sku))];
  const [prices, promo] = await Promise.all([
    fetchPrices(traceId, skus),
    basket.promo ? fetchPromotion(traceId, basket.promo) : null,
  ]);
  const lines = basket.items.map((item) => ({
    sku: item.sku,
    qty: item.qty,
    unitCents: prices[item.sku],
    totalCents: prices[item.sku] * item.qty,
  }));
  const subtotalCents = lines.reduce((sum, line) => sum + line.totalCents, 0);
  const discountCents = promo && subtotalCents >= promo.minCents
    ? Math.round(subtotalCents * promo.percent / 100)
    : 0;
  const netCents = subtotalCents - discountCents;
  return {
    lines,
    subtotalCents,
    discountCents,
    promo: promo?.code ?? null,
    vatCents: Math.round(netCents * VAT),
    totalCents: netCents + Math.round(netCents * VAT),
  };
}

export function validateBasket(body) {
  if (!body || !Array.isArray(body.items) || body.items.length === 0) {
    return "items must be a non-empty array";
  }
  for (const item of body.items) {
    if (typeof item?.sku !== "string") return "every item needs a sku";
    if (!Number.isInteger(item.qty) || item.qty < 1 || item.qty > 10_000) {
      return "qty must be an integer between 1 and 10000";
    }
  }
  if (body.promo !== undefined && typeof body.promo !== "string") return "promo must be a string";
  return null;
}
