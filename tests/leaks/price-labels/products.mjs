// Stands in for the pricing service.
export function productFor(sku) {
  const n = [...sku].reduce((a, ch) => a + ch.charCodeAt(0), 0);
  const listCents = 999 + (n * 53) % 20_000;
  return {
    sku,
    title: `Item ${sku}`,
    listCents,
    priceCents: listCents - n % 400,
  };
}
