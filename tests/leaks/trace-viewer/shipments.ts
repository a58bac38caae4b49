import type { Span } from "@opentelemetry/api";
import { inSpan } from "./tracing.ts";

const DEPOTS = ["AMS-1", "RTM-2", "UTR-1", "EIN-3", "GRQ-1"];
const STATES = ["label_created", "picked_up", "in_transit", "at_depot", "out_for_delivery"];

export interface Shipment {
  id: string;
  state: string;
  depot: string;
  weightGrams: number;
  etaDays: number;
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** The carrier database lookup (derived from the id here; the real one is a SQL query). */
export function findShipment(parent: Span, id: string): Promise<Shipment> {
  return inSpan(
    parent,
    "db.shipments.select",
    { "db.system": "postgresql", "shipment.id": id },
    async () => {
      await new Promise((r) => setTimeout(r, 1));
      const h = hash(id);
      return {
        id,
        state: STATES[h % STATES.length],
        depot: DEPOTS[(h >> 3) % DEPOTS.length],
        weightGrams: 200 + (h % 9000),
        etaDays: 1 + (h % 4),
      };
    },
  );
}

/** The carrier's live position API. */
export function carrierPosition(parent: Span, shipment: Shipment) {
  return inSpan(
    parent,
    "carrier.position",
    { "peer.service": "postnl-api", depot: shipment.depot },
    async () => {
      await new Promise((r) => setTimeout(r, 1));
      return { depot: shipment.depot, lastScan: new Date(Date.now() - 3_600_000).toISOString() };
    },
  );
}

// The last 100 scans, for the depot dashboard.
const recentScans: { id: string; depot: string; at: string }[] = [];

export function recordScan(parent: Span, id: string, depot: string) {
  return inSpan(parent, "db.scans.insert", { "db.system": "postgresql", depot }, () => {
    recentScans.push({ id, depot, at: new Date().toISOString() });
    if (recentScans.length > 100) recentScans.shift();
    return recentScans.length;
  });
}
