import { type Destination, resolveDestination } from "./numbers.ts";

export interface OutgoingSms {
  id: string;
  to: string;
  sender: string;
  text: string;
  segments: number;
  queuedAt: string;
}

export interface DeliveryReceipt {
  id: string;
  destination: Destination;
  segments: number;
  deliveredAt: string;
}

const MAX_RECEIPTS = 500;

const outbox: OutgoingSms[] = [];
const receipts = new Map<string, DeliveryReceipt>();
const stats = { queued: 0, delivered: 0, segments: 0 };
let wakeWorker: (() => void) | undefined;

export function enqueue(sms: OutgoingSms): number {
  outbox.push(sms);
  stats.queued++;
  wakeWorker?.();
  return outbox.length;
}

export function statusOf(id: string): { status: string; receipt?: DeliveryReceipt } | undefined {
  const receipt = receipts.get(id);
  if (receipt) return { status: "delivered", receipt };
  if (outbox.some((sms) => sms.id === id)) return { status: "queued" };
  return undefined;
}

export function outboxStats() {
  return { ...stats, waiting: outbox.length, receipts: receipts.size };
}

function rememberReceipt(receipt: DeliveryReceipt) {
  receipts.set(receipt.id, receipt);
  if (receipts.size > MAX_RECEIPTS) {
    const oldest = receipts.keys().next().value;
    if (oldest !== undefined) receipts.delete(oldest);
  }
}

async function nextMessage(): Promise<OutgoingSms> {
  while (outbox.length === 0) {
    await new Promise<void>((resolve) => (wakeWorker = resolve));
  }
  wakeWorker = undefined;
  return outbox.shift()!;
}

/** Stand-in for the SMPP / HTTP carrier call (a couple of ms per part). */
async function submitToCarrier(destination: Destination, sms: OutgoingSms): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, sms.segments));
  if (!destination.carrier) throw new Error(`carrier missing for ${destination.country}`);
}

async function deliver(sms: OutgoingSms): Promise<void> {
  const destination = resolveDestination(sms.to);
  await submitToCarrier(destination, sms);
  stats.delivered++;
  stats.segments += sms.segments;
  rememberReceipt({
    id: sms.id,
    destination,
    segments: sms.segments,
    deliveredAt: new Date().toISOString(),
  });
}

async function runWorker(): Promise<never> {
  for (;;) {
    const sms = await nextMessage();
    await deliver(sms);
  }
}

runWorker().catch((err) => console.error("sms worker stopped:", err));
