// The card processor, simulated in-process: a short network-like delay and a decision.
const crypto = require("node:crypto");

const recent = []; // the last 50 charges, for the dashboard

function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function charge({ merchantId, amount, currency, source, description }) {
  await delay(2 + Math.floor(Math.random() * 4));
  const declined = source.endsWith("0002");
  const payment = {
    id: `pay_${crypto.randomBytes(9).toString("base64url")}`,
    merchantId,
    amount,
    currency,
    description: description ?? null,
    status: declined ? "declined" : "succeeded",
    card: { brand: "visa", last4: source.slice(-4) },
    createdAt: new Date().toISOString(),
  };
  recent.unshift(payment);
  if (recent.length > 50) recent.length = 50;
  return { statusCode: declined ? 402 : 201, body: payment };
}

function recentPayments(merchantId, limit = 10) {
  return recent.filter((p) => p.merchantId === merchantId).slice(0, limit);
}

module.exports = { charge, recentPayments };
