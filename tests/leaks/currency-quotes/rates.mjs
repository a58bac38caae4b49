import { ConnectionPool } from "./pool.mjs";

const MID_RATES_EUR = {
  EUR: 1,
  USD: 1.0842,
  GBP: 0.8561,
  CHF: 0.9713,
  SEK: 11.482,
  PLN: 4.3275,
  JPY: 163.21,
};

export const SUPPORTED = new Set(Object.keys(MID_RATES_EUR));

/** A pretend socket to the provider: answers after a short delay. */
function openConnection(n) {
  return new Promise((resolve) =>
    setTimeout(() =>
      resolve({
        id: `rates-conn-${n}`,
        openedAt: Date.now(),
        requests: 0,
        fetchRate(from, to) {
          this.requests++;
          return new Promise((done) =>
            setTimeout(() => done(MID_RATES_EUR[to] / MID_RATES_EUR[from]), 3)
          );
        },
      }), 5)
  );
}

export const ratesPool = new ConnectionPool({ max: 4, open: openConnection });

export function fetchRate(from, to) {
  return ratesPool.use((conn) => conn.fetchRate(from, to));
}
