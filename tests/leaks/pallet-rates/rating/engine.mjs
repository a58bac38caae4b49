/**
 * The rating engine. It ran in a worker thread until the tariff tables got small enough to
 * load in a few milliseconds; it now runs in-process on one end of a MessageChannel, and the
 * protocol stayed the same.
 */
import { BASE_RATE, PALLET_TYPES, SERVICES, SURCHARGES, zoneOf } from "../tariffs.mjs";

const round2 = (n) => Math.round(n * 100) / 100;

export function rate(consignment) {
  const zone = zoneOf(consignment.to?.postcode);
  if (!zone) throw new Error(`no zone for ${consignment.to?.postcode}`);
  const service = SERVICES[consignment.service] ?? SERVICES.economy;
  const lines = [];
  let freight = 0;
  for (const pallet of consignment.pallets ?? []) {
    const type = PALLET_TYPES[pallet.type];
    if (!type) throw new Error(`unknown pallet type ${pallet.type}`);
    if (pallet.kg > type.maxKg) {
      throw new Error(`${pallet.kg} kg is over a ${pallet.type} pallet's limit`);
    }
    const price = round2(BASE_RATE[zone] * type.factor * (1 + service.uplift));
    freight += price;
    lines.push({ type: pallet.type, kg: pallet.kg, price });
  }
  let extras = SURCHARGES.booking;
  if (consignment.tailLift) extras += SURCHARGES.tailLift;
  if (consignment.residential) extras += SURCHARGES.residential;
  const fuel = round2(freight * SURCHARGES.fuelPercent);
  return {
    zone,
    service: service.label,
    lines,
    freight: round2(freight),
    extras: round2(extras),
    fuel,
    total: round2(freight + extras + fuel),
  };
}

export function startEngine(port) {
  port.on("message", (msg) => {
    try {
      if (msg.type === "rate") {
        port.postMessage({ type: "rated", id: msg.id, quote: rate(msg.consignment) });
      } else if (msg.type === "rateMany") {
        const results = msg.ids.map((id, n) => [id, rate(msg.consignments[n])]);
        port.postMessage({ type: "ratedMany", results });
      }
    } catch (err) {
      for (const id of msg.ids ?? [msg.id]) {
        port.postMessage({ type: "failed", id, message: err.message });
      }
    }
  });
  port.unref();
}
