import { randomUUID } from "node:crypto";
import { CircuitBreaker } from "./breaker.mjs";

/**
 * The parcel carrier's API (quotes and labels). In production this is HTTPS to the carrier;
 * here it answers after a short delay, the way the sandbox does.
 */
const SERVICES = [
  { code: "standard", name: "Standard (1-2 days)", baseCents: 495, perKgCents: 85 },
  { code: "evening", name: "Evening delivery", baseCents: 695, perKgCents: 85 },
  { code: "pickup-point", name: "Pick-up point", baseCents: 395, perKgCents: 60 },
];

export class CarrierError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function carrierQuote({ from, to, weightGrams }) {
  await sleep(1);
  if (weightGrams > 31_500) throw new CarrierError(422, "parcel over 31.5 kg");
  const kg = Math.ceil(weightGrams / 1000);
  const far = from.slice(0, 1) !== to.slice(0, 1);
  return SERVICES.map((s) => ({
    service: s.code,
    name: s.name,
    priceCents: s.baseCents + kg * s.perKgCents + (far ? 120 : 0),
    currency: "EUR",
  }));
}

async function carrierLabel({ reference, service, from, to, weightGrams, recipient }) {
  await sleep(2);
  const barcode = `3S${randomUUID().replace(/-/g, "").slice(0, 13).toUpperCase()}`;
  const zpl = [
    "^XA",
    `^FO40,40^A0N,40,40^FD${recipient.name}^FS`,
    `^FO40,90^A0N,30,30^FD${recipient.street}^FS`,
    `^FO40,130^A0N,30,30^FD${to} ${recipient.city}^FS`,
    `^FO40,190^BCN,120,Y,N,N^FD${barcode}^FS`,
    `^FO40,340^A0N,24,24^FD${service} ${weightGrams} g from ${from} ref ${reference}^FS`,
    "^XZ",
  ].join("\n");
  return { barcode, format: "zpl", label: Buffer.from(zpl).toString("base64") };
}

/** Every call to the carrier goes through one breaker, so a carrier outage fails fast. */
export const carrierBreaker = new CircuitBreaker("postnl", { windowSize: 100, openMs: 20_000 });

export function quote(shipment) {
  return carrierBreaker.call(() => carrierQuote(shipment));
}

export function createLabel(shipment) {
  return carrierBreaker.call(() => carrierLabel(shipment));
}
