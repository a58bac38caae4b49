import { publish, subscribe } from "./hub.ts";

export class FloorError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

interface PickLine {
  sku: string;
  bin: string;
  qty: number;
}

interface Wave {
  id: string;
  zone: string;
  releasedAt: number;
  lines: PickLine[];
}

const ZONES = new Set(["ambient", "chilled", "bulky"]);
const BINS = ["A-01-03", "A-04-11", "B-02-07", "C-10-01", "C-12-05"];
const SKUS = ["SKU-1042", "SKU-2230", "SKU-3318", "SKU-4471", "SKU-5006", "SKU-6120"];

/** Waves in progress by zone: releasing a new wave for a zone replaces the last one. */
const currentWaves = new Map<string, Wave>();
/** Carrier hand-offs counted by the carrier notifier (it listens on "shipments"). */
const handOffs = new Map<string, number>();

subscribe("shipments", (event) => {
  const carrier = String(event.data.carrier);
  handOffs.set(carrier, (handOffs.get(carrier) ?? 0) + 1);
});

export function releaseWave(id: string, body: Record<string, unknown>) {
  const zone = String(body.zone ?? "");
  if (!ZONES.has(zone)) throw new FloorError(422, `unknown zone ${zone}`);
  const orders = Array.isArray(body.orders) ? body.orders.map(String) : [];
  if (orders.length === 0) throw new FloorError(422, "a wave needs orders");
  const lines = orders.map((_order: string, n: number) => ({
    sku: SKUS[(n + id.length) % SKUS.length],
    bin: BINS[n % BINS.length],
    qty: 1 + (n % 3),
  }));
  const wave: Wave = { id, zone, releasedAt: Date.now(), lines };
  currentWaves.set(zone, wave);
  publish(`picking:${zone}`, "wave.released", {
    wave: id,
    zone,
    orders,
    lines,
    releasedBy: String(body.supervisor ?? "system"),
  });
  return { wave: id, zone, lines: lines.length };
}

export function shipParcel(body: Record<string, unknown>) {
  const carrier = String(body.carrier ?? "");
  const parcel = String(body.parcel ?? "");
  if (!carrier || !parcel) throw new FloorError(422, "carrier and parcel are required");
  const event = publish("shipments", "parcel.handed-off", {
    parcel,
    carrier,
    dock: String(body.dock ?? "D1"),
    weightKg: Number(body.weightKg) || 0,
  });
  return { parcel, carrier, event: event.id };
}

export function floorStatus() {
  return {
    waves: Object.fromEntries([...currentWaves].map(([zone, w]) => [zone, w.id])),
    handOffs: Object.fromEntries(handOffs),
  };
}
