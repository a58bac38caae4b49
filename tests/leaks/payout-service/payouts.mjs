import { createTransfer } from "./bank.mjs";
import { withRetry } from "./retry.mjs";

const alerts = { sent: 0 };

function alertFinanceOps(details) {
  alerts.sent++;
  console.error(`[payouts] manual follow-up needed: ${JSON.stringify(details)}`);
}

export async function executePayout(req, payout) {
  const transfer = await withRetry(
    ({ signal }) => createTransfer(payout, { signal }),
    {
      label: `payout ${payout.reference}`,
      onGiveUp: (err) =>
        alertFinanceOps({
          reference: payout.reference,
          seller: payout.sellerId,
          amountCents: payout.amountCents,
          requestedBy: req.headers["x-user"],
          requestId: req.headers["x-request-id"],
          error: err?.message,
        }),
    },
  );
  return { reference: payout.reference, transferId: transfer.transferId, status: transfer.status };
}

export function alertCount() {
  return alerts.sent;
}
