import { loadRules } from "./rules-loader.mjs";

export class SettlementError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

// Month-to-date sales per seller, from the reporting replica (fixed here).
const MONTH_VOLUME_CENTS = new Map([
  ["seller-boekhandel-jansen", 820_000],
  ["seller-techdirect", 7_450_000],
  ["seller-kinderwinkel", 1_230_000],
]);

function validate(order) {
  if (!order || typeof order !== "object") throw new SettlementError(400, "JSON object required");
  if (!MONTH_VOLUME_CENTS.has(order.seller)) throw new SettlementError(404, "unknown seller");
  if (typeof order.category !== "string") throw new SettlementError(422, "category required");
  if (!Array.isArray(order.lines) || order.lines.length === 0) {
    throw new SettlementError(422, "order has no lines");
  }
  for (const line of order.lines) {
    if (!Number.isInteger(line.priceCents) || line.priceCents < 0) {
      throw new SettlementError(422, "priceCents must be a non-negative integer");
    }
    if (!Number.isInteger(line.qty) || line.qty < 1) {
      throw new SettlementError(422, "qty must be a positive integer");
    }
  }
  return order;
}

export async function settle(orderId, input) {
  const order = validate(input);
  const rules = await loadRules();
  const grossCents = order.lines.reduce((sum, line) => sum + line.priceCents * line.qty, 0) +
    (order.shippingCents ?? 0);
  const fees = rules.orderFees(order, MONTH_VOLUME_CENTS.get(order.seller));
  const payoutCents = grossCents - fees.commission - fees.fixedFee - fees.vat;
  return {
    orderId,
    seller: order.seller,
    rulesVersion: rules.RULES_VERSION,
    grossCents,
    fees,
    payoutCents,
    payoutDate: nextPayoutDate(new Date()),
  };
}

export async function quoteRate(category) {
  const rules = await loadRules();
  const rule = rules.categories.get(category);
  if (!rule) throw new SettlementError(404, "unknown category");
  return { category, rulesVersion: rules.RULES_VERSION, ...rule };
}

/** Payouts run on Tuesdays and Fridays. */
function nextPayoutDate(now) {
  const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
  while (![2, 5].includes(date.getUTCDay())) date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}
