import { enqueueDelivery, outboxSize } from "./outbox.ts";

export interface Subscriber {
  callbackUrl: string;
  events: string[];
  since?: string;
}

interface Channel {
  name: string;
  subscribers: Set<Subscriber>;
  published: number;
}

const channels = new Map<string, Channel>();

function channel(name: string): Channel {
  let found = channels.get(name);
  if (!found) {
    found = { name, subscribers: new Set(), published: 0 };
    channels.set(name, found);
  }
  return found;
}

/** Registers a webhook subscriber on a channel (created on first use). */
export function subscribe(name: string, subscriber: Subscriber): void {
  channel(name).subscribers.add({ ...subscriber, since: new Date().toISOString() });
}

export function publish(name: string, event: string, data: unknown): number {
  const ch = channel(name);
  ch.published++;
  let queued = 0;
  for (const sub of ch.subscribers) {
    if (!sub.events.includes("*") && !sub.events.includes(event)) continue;
    enqueueDelivery({ url: sub.callbackUrl, channel: name, event, data });
    queued++;
  }
  return queued;
}

export function stats() {
  return {
    channels: [...channels.values()].map((c) => ({ name: c.name, published: c.published })),
    outbox: outboxSize(),
  };
}
