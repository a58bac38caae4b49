import { dropPage } from "./pages.ts";

const CHANNEL = "product-pages";
const ORIGIN = `pages-${Deno.pid}`;

export interface Invalidation {
  sku: string;
  reason: string;
  at: number;
  origin: string;
}

const inbox = new BroadcastChannel(CHANNEL);
inbox.onmessage = (event: MessageEvent<Invalidation>) => {
  dropPage(event.data.sku);
};

/** Drops the cached page here and tells the other instances to drop theirs. */
export function announceChange(sku: string, reason: string): void {
  dropPage(sku);
  const channel = new BroadcastChannel(CHANNEL);
  const message: Invalidation = { sku, reason, at: Date.now(), origin: ORIGIN };
  channel.postMessage(message);
}
