import { randomUUID } from "node:crypto";
import { scoreOrder } from "./fraud.mjs";
import { tracer } from "./tracing.mjs";

export class CheckoutError extends Error {
  constructor(status, message, details) {
    super(message);
    this.status = status;
    this.details = details;
  }
}

const CATALOG = new Map([
  ["MUG-01", { name: "Stoneware mug", price: 14_50, stock: 240 }],
  ["TEA-EARLGREY", { name: "Earl Grey, 100 g", price: 7_95, stock: 80 }],
  ["APRON-02", { name: "Linen apron", price: 34_00, stock: 35 }],
  ["GIFTCARD-50", { name: "Gift card €50", price: 50_00, stock: Infinity }],
]);

const VAT = { NL: 0.21, BE: 0.21, DE: 0.19 };

export function catalog() {
  return [...CATALOG].map(([sku, p]) => ({ sku, name: p.name, price: p.price / 100 }));
}

function priceCart(input) {
  if (!Array.isArray(input.items) || input.items.length === 0) {
    throw new CheckoutError(422, "the basket is empty");
  }
  const lines = input.items.map(({ sku, qty }) => {
    const product = CATALOG.get(sku);
    if (!product) throw new CheckoutError(422, `unknown product ${sku}`);
    const quantity = Number(qty);
    if (!Number.isInteger(quantity) || quantity < 1 || quantity > 20) {
      throw new CheckoutError(422, `quantity for ${sku} must be 1 to 20`);
    }
    return { sku, quantity, unitPrice: product.price, total: product.price * quantity };
  });
  const shipTo = String(input.shipTo ?? "NL");
  const subtotal = lines.reduce((sum, line) => sum + line.total, 0);
  const shipping = subtotal >= 50_00 ? 0 : 4_95;
  const vat = Math.round(
    (subtotal + shipping) * (VAT[shipTo] ?? 0.21) / (1 + (VAT[shipTo] ?? 0.21)),
  );
  return { lines, shipTo, subtotal, shipping, vat, total: subtotal + shipping };
}

function reserveStock(lines) {
  for (const line of lines) {
    const product = CATALOG.get(line.sku);
    if (product.stock < line.quantity) {
      throw new CheckoutError(409, `only ${product.stock} ${product.name} left`);
    }
  }
}

async function authorize(order, parent) {
  return await tracer.withSpan("psp.authorize", parent, async (span) => {
    await new Promise((resolve) => setImmediate(resolve));
    const approved = order.card.last4 !== "0002";
    span.setAttribute("psp.approved", approved);
    if (!approved) throw new CheckoutError(402, "card declined by the issuer");
    return { pspReference: `psp_${randomUUID().slice(0, 12)}`, authCode: "A1B2C3" };
  }, { "payment.amount": order.total, "payment.currency": order.currency });
}

/** Prices the basket, checks stock, scores the risk and authorises the payment. */
export async function checkout(input, root) {
  const priced = await tracer.withSpan("cart.price", root, () => priceCart(input));
  await tracer.withSpan("inventory.reserve", root, () => reserveStock(priced.lines));
  const order = {
    id: `ord_${randomUUID().slice(0, 8)}`,
    customerId: String(input.customerId ?? "guest"),
    currency: input.currency ?? "EUR",
    card: { last4: String(input.card?.last4 ?? ""), country: String(input.card?.country ?? "") },
    ...priced,
  };
  root.setAttribute("order.id", order.id);
  const payment = await tracer.withSpan("payment", root, async (span) => {
    const risk = await scoreOrder(order, span);
    if (risk.decision === "decline") {
      throw new CheckoutError(422, "we could not accept this order", { reasons: risk.reasons });
    }
    const auth = await authorize(order, span);
    return { ...auth, risk: risk.decision };
  });
  return {
    orderId: order.id,
    total: order.total / 100,
    vat: order.vat / 100,
    shipping: order.shipping / 100,
    payment,
  };
}
