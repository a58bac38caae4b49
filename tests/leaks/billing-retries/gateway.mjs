// The card processor's sandbox: test tokens decide the answer, like the real sandbox's magic
// card numbers. A soft decline may pass on a later attempt; a hard decline never will.

export async function charge({ token, amountMinor, currency, attempt }) {
  await new Promise((r) => setTimeout(r, 2));
  if (token === "tok_chargeDeclinedStolen") {
    return { ok: false, code: "stolen_card", soft: false };
  }
  if (token === "tok_insufficientFundsOnce" && attempt === 1) {
    return { ok: false, code: "insufficient_funds", soft: true };
  }
  return {
    ok: true,
    id: `ch_${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`,
    amountMinor,
    currency,
  };
}
