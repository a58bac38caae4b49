// The rates provider's convert endpoint, in-process: mid-market rates against EUR with a little
// drift, answered after a short delay as the real HTTP call would be.
const EUR_RATES = {
  EUR: 1,
  USD: 1.0842,
  GBP: 0.8531,
  CHF: 0.9617,
  JPY: 168.21,
  SEK: 11.372,
  PLN: 4.3118,
};

export const CURRENCIES = Object.keys(EUR_RATES);

let calls = 0;

export async function providerConvert(from, to, amount) {
  calls++;
  await new Promise((resolve) => setTimeout(resolve, 1));
  if (!(from in EUR_RATES) || !(to in EUR_RATES)) {
    throw Object.assign(new Error(`unsupported pair ${from}/${to}`), { status: 422 });
  }
  const drift = 1 + Math.sin(Date.now() / 60_000) * 0.0005;
  const rate = (EUR_RATES[to] / EUR_RATES[from]) * drift;
  return {
    from,
    to,
    amount,
    rate: Number(rate.toFixed(6)),
    converted: Math.round(amount * rate * 100) / 100,
    provider: "ecb-mirror",
    fetchedAt: Date.now(),
  };
}

export function providerCalls() {
  return calls;
}
