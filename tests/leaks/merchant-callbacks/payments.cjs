"use strict";

const { enqueue } = require("./callbacks.cjs");

class PaymentError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** Recent payments (the last 100) so a merchant can look one up after the callback. */
const payments = new Map();

function capture(body) {
  if (!body.merchant || !body.reference) {
    throw new PaymentError(400, "merchant and reference needed");
  }
  const amount = Number(body.amount);
  if (!Number.isInteger(amount) || amount <= 0) {
    throw new PaymentError(400, "amount in minor units");
  }
  const payment = {
    id: `pay_${body.reference}`,
    merchant: body.merchant,
    amount,
    currency: body.currency ?? "GBP",
    card: body.card ? { brand: body.card.brand, last4: String(body.card.last4) } : null,
    status: "captured",
    capturedAt: new Date().toISOString(),
  };
  const delivery = enqueue(payment.merchant, { type: "payment.captured", data: payment });
  if (!delivery) throw new PaymentError(404, `no merchant ${body.merchant}`);
  payments.set(payment.id, payment);
  if (payments.size > 100) payments.delete(payments.keys().next().value);
  return { ...payment, callback: delivery };
}

function find(id) {
  return payments.get(id) ?? null;
}

module.exports = { PaymentError, capture, find };
