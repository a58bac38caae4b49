const balances = new Map();
const payouts = new Map();

export const HANDLERS = {
  "payout.created"(data) {
    payouts.set(data.payoutId, { ...data, status: "pending" });
  },
  "payout.paid"(data) {
    const payout = payouts.get(data.payoutId);
    if (!payout) return;
    payouts.delete(data.payoutId);
    balances.set(payout.sellerId, (balances.get(payout.sellerId) ?? 0) + payout.amountCents);
  },
  "payout.failed"(data) {
    payouts.delete(data.payoutId);
  },
};

export function ledger() {
  return { pendingPayouts: payouts.size, sellers: balances.size };
}
