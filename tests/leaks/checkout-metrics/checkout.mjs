import { randomUUID } from "node:crypto";

export class CheckoutError extends Error {}

const CATALOG = new Map([
  ["mug", { priceCents: 1200, vatRate: 0.21 }],
  ["tee", { priceCents: 2500, vatRate: 0.21 }],
  ["book", { priceCents: 1899, vatRate: 0.09 }],
  ["poster", { priceCents: 900, vatRate: 0.21 }],
]);
const COUPONS = new Map([["WELCOME10", 0.1], ["SPRING5", 0.05]]);

export function checkout(cart) {
  if (!Array.isArray(cart.items) || cart.items.length === 0) {
    throw new CheckoutError("cart is empty");
  }
  const discount = cart.coupon ? COUPONS.get(cart.coupon) : 0;
  if (discount === undefined) throw new CheckoutError(`unknown coupon ${cart.coupon}`);

  const lines = cart.items.map(({ sku, qty }) => {
    const product = CATALOG.get(sku);
    if (!product) throw new CheckoutError(`unknown product ${sku}`);
    if (!Number.isInteger(qty) || qty < 1) throw new CheckoutError(`bad quantity for ${sku}`);
    const net = Math.round(product.priceCents * qty * (1 - discount));
    return { sku, qty, netCents: net, vatCents: Math.round(net * product.vatRate) };
  });
  const net = lines.reduce((sum, l) => sum + l.netCents, 0);
  const vat = lines.reduce((sum, l) => sum + l.vatCents, 0);
  return {
    orderId: randomUUID(),
    customer: String(cart.customer ?? "guest"),
    currency: "EUR",
    coupon: cart.coupon,
    lines,
    netCents: net,
    vatCents: vat,
    totalCents: net + vat,
  };
}
