import { ALL_SHIPMENTS, channel } from "./channels.mjs";
import { hub } from "./hub.mjs";
import { optIn, stop } from "./notifier.mjs";

export class TrackingError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const STATUSES = ["label_created", "in_transit", "out_for_delivery", "delivered", "exception"];
const CARRIERS = ["PostNL", "DHL", "DPD", "UPS"];
const MAX_SHIPMENTS = 50;

// The shipments we still answer for; the tracking database has the rest.
const shipments = new Map();

function remember(shipment) {
  shipments.set(shipment.id, shipment);
  while (shipments.size > MAX_SHIPMENTS) {
    const [oldest] = shipments.keys();
    shipments.delete(oldest);
    stop(oldest);
  }
}

export function createShipment(body) {
  if (typeof body?.id !== "string" || typeof body?.order !== "string") {
    throw new TrackingError(400, "id and order are required");
  }
  if (shipments.has(body.id)) throw new TrackingError(409, `shipment ${body.id} exists`);
  const shipment = {
    id: body.id,
    order: body.order,
    carrier: CARRIERS.includes(body.carrier) ? body.carrier : CARRIERS[body.id.length % 4],
    phone: typeof body.phone === "string" ? body.phone : null,
    window: "14:00–16:00",
    status: "label_created",
    history: [{ status: "label_created", at: new Date().toISOString() }],
  };
  remember(shipment);
  if (body.smsUpdates) optIn(shipment);
  hub.publish(channel("order", shipment.order), {
    type: "shipment.created",
    shipment: shipment.id,
  });
  hub.publish(ALL_SHIPMENTS, { type: "shipment.created", shipment: shipment.id });
  return shipment;
}

export function recordEvent(id, body) {
  const shipment = shipments.get(id);
  if (!shipment) throw new TrackingError(404, `unknown shipment ${id}`);
  if (!STATUSES.includes(body?.status)) throw new TrackingError(422, "unknown status");
  const event = { status: body.status, at: new Date().toISOString(), location: body.location };
  shipment.status = event.status;
  shipment.history.push(event);
  if (shipment.history.length > 12) shipment.history.shift();
  hub.publish(channel("shipment", id), event);
  hub.publish(ALL_SHIPMENTS, { type: "shipment.updated", shipment: id, status: event.status });
  return shipment;
}

export function getShipment(id) {
  const shipment = shipments.get(id);
  if (!shipment) throw new TrackingError(404, `unknown shipment ${id}`);
  return { ...shipment, watchers: hub.listenerCount(channel("shipment", id)) };
}
