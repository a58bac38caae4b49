export interface Delivery {
  url: string;
  channel: string;
  event: string;
  data: unknown;
}

const MAX_OUTBOX = 64;
const outbox: Delivery[] = [];

// A worker would POST these to the subscribers; this build keeps the latest ones for inspection.
export function enqueueDelivery(delivery: Delivery): void {
  outbox.push(delivery);
  if (outbox.length > MAX_OUTBOX) outbox.splice(0, outbox.length - MAX_OUTBOX);
}

export function outboxSize(): number {
  return outbox.length;
}
