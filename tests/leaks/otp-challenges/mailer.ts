/** Outgoing mail. In this deployment the relay is a queue we only keep the tail of. */

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  queuedAt: number;
}

const OUTBOX_TAIL = 20;
const outbox: OutgoingMail[] = [];
let sent = 0;

export function sendMail(to: string, subject: string, text: string): string {
  outbox.push({ to, subject, text, queuedAt: Date.now() });
  if (outbox.length > OUTBOX_TAIL) outbox.splice(0, outbox.length - OUTBOX_TAIL);
  sent++;
  return `msg-${sent.toString(36)}`;
}

export function mailStats() {
  return { sent, recent: outbox.slice(-3).map((m) => ({ to: m.to, subject: m.subject })) };
}
