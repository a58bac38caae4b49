import type { Subscription } from "./subscriptions.ts";
import { send } from "./transport.ts";

export interface Delivery {
  id: string;
  event: string;
  payload: unknown;
}

const encoder = new TextEncoder();

// Sent with every delivery.
const baseHeaders = new Headers({
  "user-agent": "acme-webhooks/2.3 (+https://acme.example/docs/webhooks)",
  "content-type": "application/json",
});

async function sign(secret: string, body: string): Promise<string> {
  const key = await crypto.subtle.importKey(
    "raw",
    encoder.encode(secret),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const mac = await crypto.subtle.sign("HMAC", key, encoder.encode(body));
  return Array.from(new Uint8Array(mac), (b) => b.toString(16).padStart(2, "0")).join("");
}

export async function deliver(sub: Subscription, delivery: Delivery) {
  const body = JSON.stringify({ id: delivery.id, type: delivery.event, data: delivery.payload });
  const timestamp = Math.floor(Date.now() / 1000);
  const headers = baseHeaders;
  headers.set("x-acme-event", delivery.event);
  headers.set(
    "x-acme-signature",
    `t=${timestamp},v1=${await sign(sub.secret, `${timestamp}.${body}`)}`,
  );
  headers.append("x-acme-delivery", `${delivery.id}/${sub.partner}`);
  const started = performance.now();
  const response = await send(new Request(sub.url, { method: "POST", headers, body }));
  return {
    partner: sub.partner,
    status: response.status,
    ms: Math.round(performance.now() - started),
  };
}
