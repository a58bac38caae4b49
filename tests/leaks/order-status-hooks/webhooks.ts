import { debounce, type Debounced } from "./debounce.ts";
import type { Order } from "./orders.ts";

/**
 * order.status webhooks for the merchant's ERP. An order often goes placed → paid → packed in
 * a few milliseconds (card payments, the packing robot), and the ERP rejects out-of-order
 * updates, so status changes are coalesced per order and only the settled status is sent.
 */
const COALESCE_MS = 40;

interface StatusEvent {
  type: "order.status";
  orderId: string;
  status: Order["status"];
  customer: string;
  totalCents: number;
  lines: { sku: string; qty: number }[];
  carrier?: string;
  tracking?: string;
  occurredAt: string;
}

const notifiers = new Map<string, Debounced<[StatusEvent]>>();
const deliveries: { orderId: string; status: string; bytes: number; at: string }[] = [];
let sent = 0;

function deliver(event: StatusEvent) {
  // The ERP connector takes the JSON body off an internal queue; here we only record it.
  const body = JSON.stringify(event);
  sent++;
  deliveries.push({
    orderId: event.orderId,
    status: event.status,
    bytes: body.length,
    at: event.occurredAt,
  });
  if (deliveries.length > 50) deliveries.shift();
}

export function notifyStatus(order: Order) {
  let notify = notifiers.get(order.id);
  if (!notify) {
    notify = debounce(deliver, COALESCE_MS);
    notifiers.set(order.id, notify);
  }
  notify({
    type: "order.status",
    orderId: order.id,
    status: order.status,
    customer: order.customer,
    totalCents: order.totalCents,
    lines: order.lines.map((l) => ({ sku: l.sku, qty: l.qty })),
    carrier: order.shipment?.carrier,
    tracking: order.shipment?.tracking,
    occurredAt: new Date().toISOString(),
  });
}

export function recentDeliveries(limit: number) {
  return { sent, recent: deliveries.slice(-limit) };
}
