// Fees on transfers: free between members of the same household, 0.5% (10 cent minimum, €2.50
// maximum) otherwise; instant transfers above €1000 carry a fixed €1.

const RATE = 0.005;
const MIN_CENTS = 10;
const MAX_CENTS = 250;
const LARGE_CENTS = 100_000;
const LARGE_FEE_CENTS = 100;

export function transferFee(from, to, amountCents) {
  if (from.household && from.household === to.household) return 0;
  const fee = Math.min(MAX_CENTS, Math.max(MIN_CENTS, Math.round(amountCents * RATE)));
  return amountCents > LARGE_CENTS ? fee + LARGE_FEE_CENTS : fee;
}
