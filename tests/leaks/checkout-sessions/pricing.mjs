const VAT_RATES = { NL: 0.21, BE: 0.21, DE: 0.19, FR: 0.2, LU: 0.17 };
const SHIPPING = { NL: 495, BE: 695, DE: 695, FR: 895, LU: 695 };
const FREE_SHIPPING_FROM = 5000;

export function priceCart(lines, country) {
  const vatRate = VAT_RATES[country] ?? 0.21;
  const priced = lines.map((line) => {
    const net = line.unitCents * line.qty;
    return { sku: line.sku, qty: line.qty, unitCents: line.unitCents, netCents: net };
  });
  const subtotal = priced.reduce((sum, l) => sum + l.netCents, 0);
  const shipping = subtotal >= FREE_SHIPPING_FROM ? 0 : SHIPPING[country] ?? 995;
  const vat = Math.round((subtotal + shipping) * vatRate);
  return {
    lines: priced,
    subtotalCents: subtotal,
    shippingCents: shipping,
    vatCents: vat,
    totalCents: subtotal + shipping + vat,
    currency: "EUR",
  };
}
