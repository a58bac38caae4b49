/** Deposit payments as the PSP's webhooks report them, for whichever booking waits on one. */

export interface DepositPaid {
  bookingId: string;
  amount: number;
  pspReference: string;
}

export const paymentEvents = new EventTarget();

const seen = new Set<string>();
const seenOrder: string[] = [];

/** Dispatches a paid deposit once per PSP reference (the PSP retries its webhooks). */
export function depositPaid(detail: DepositPaid): boolean {
  if (seen.has(detail.pspReference)) return false;
  seen.add(detail.pspReference);
  seenOrder.push(detail.pspReference);
  if (seenOrder.length > 50) seen.delete(seenOrder.shift()!);
  paymentEvents.dispatchEvent(new CustomEvent<DepositPaid>("deposit-paid", { detail }));
  return true;
}

export function paymentLink(bookingId: string, amount: number): string {
  const token = crypto.randomUUID().replaceAll("-", "").slice(0, 16);
  return `https://pay.example-psp.test/l/${token}?ref=${bookingId}&amount=${amount}`;
}
