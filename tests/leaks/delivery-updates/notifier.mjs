import { channel } from "./channels.mjs";
import { hub } from "./hub.mjs";

// SMS updates for a shipment, for recipients who opted in at checkout. The subscription ends
// with the delivery (or when the shipment is forgotten).

const TEMPLATES = {
  in_transit: (s) => `Your parcel ${s.id} is on its way with ${s.carrier}.`,
  out_for_delivery: (s) => `Your parcel ${s.id} arrives today between ${s.window}.`,
  delivered: (s) => `Your parcel ${s.id} was delivered. Thanks for shopping with us!`,
  exception: (s) => `There is a problem with parcel ${s.id}. We will contact you.`,
};

const outbox = [];
const OUTBOX_LIMIT = 50;
const subscriptions = new Map();
let sent = 0;

function queueSms(to, text) {
  outbox.push({ to, text, at: new Date().toISOString() });
  if (outbox.length > OUTBOX_LIMIT) outbox.splice(0, outbox.length - OUTBOX_LIMIT);
  sent++;
}

export function optIn(shipment) {
  if (!shipment.phone || subscriptions.has(shipment.id)) return;
  const recipientQuietHours = hub.listenerCount(channel("recipient", shipment.phone)) > 0;
  const unsubscribe = hub.subscribe(channel("shipment", shipment.id), (event) => {
    const template = TEMPLATES[event.status];
    if (template && !recipientQuietHours) queueSms(shipment.phone, template(shipment));
    if (event.status === "delivered") stop(shipment.id);
  });
  subscriptions.set(shipment.id, unsubscribe);
}

export function stop(shipmentId) {
  const unsubscribe = subscriptions.get(shipmentId);
  if (!unsubscribe) return;
  subscriptions.delete(shipmentId);
  unsubscribe();
}

export function notifierStats() {
  return { active: subscriptions.size, sent, recent: outbox.slice(-5) };
}
