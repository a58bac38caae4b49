export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  queuedAt: string;
}

// Delivery goes through the district relay in production; here the outbox keeps the most
// recent messages for the support page.
const OUTBOX_SIZE = 30;
const outbox: OutgoingMail[] = [];
let sent = 0;

export function send(mail: OutgoingMail) {
  outbox.unshift(mail);
  if (outbox.length > OUTBOX_SIZE) outbox.length = OUTBOX_SIZE;
  sent++;
}

export function recentMail(to?: string): OutgoingMail[] {
  return to ? outbox.filter((m) => m.to === to) : outbox.slice(0, 10);
}

export function sentCount(): number {
  return sent;
}
