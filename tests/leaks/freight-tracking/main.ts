import { Model } from "./model.ts";
import { ShipmentRepository } from "./repository.ts";
import type { Scan, ShipmentRow } from "./shipments.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8532;

const repo = new ShipmentRepository();
const STATUSES = ["collected", "in_transit", "at_depot", "out_for_delivery"];

// A standing pallet consignment that the warehouse scans in and out all day.
repo.create({
  id: "PL-7",
  mode: "pallet",
  reference: "WH-NORTH-SHUTTLE",
  shipper: "Noordhaven DC",
  origin: "Zwolle",
  destination: "Amersfoort",
  createdAt: new Date().toISOString(),
  scans: [],
  pallets: { count: 6, tailLift: true },
});

const json = (body: unknown, status = 200) => Response.json(body, { status });

function view(id: string) {
  const s = repo.find(id);
  if (!s) return undefined;
  return {
    id: s.id,
    reference: s.row.reference,
    status: s.status,
    route: `${s.row.origin} → ${s.row.destination}`,
    chargeableKg: Math.round(s.chargeableKg * 10) / 10,
    scans: s.scans,
  };
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`freight-tracking on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true });

  if (url.pathname === "/shipments" && req.method === "POST") {
    const b = await req.json();
    if (typeof b.id !== "string" || (b.mode !== "parcel" && b.mode !== "pallet")) {
      return json({ error: "id and mode (parcel|pallet)" }, 422);
    }
    const row: ShipmentRow = {
      id: b.id,
      mode: b.mode,
      reference: String(b.reference ?? b.id),
      shipper: String(b.shipper ?? "unknown"),
      origin: String(b.origin),
      destination: String(b.destination),
      createdAt: new Date().toISOString(),
      scans: [{ at: new Date().toISOString(), location: String(b.origin), status: "collected" }],
      parcels: b.parcels,
      pallets: b.pallets,
    };
    try {
      repo.create(row);
    } catch (err) {
      return json({ error: (err as Error).message }, 409);
    }
    return json(view(row.id), 201);
  }

  const m = /^\/shipments\/([\w-]+)(?:\/(scans|deliver))?$/.exec(url.pathname);
  if (m) {
    const shipment = repo.find(m[1]);
    if (!shipment) return json({ error: "no such shipment" }, 404);
    if (!m[2]) return json(view(m[1]));
    if (req.method !== "POST") return json({ error: "method" }, 405);
    const b = await req.json();
    const at = new Date().toISOString();
    if (m[2] === "scans") {
      if (!STATUSES.includes(b.status)) return json({ error: "unknown status" }, 422);
      repo.addScan(shipment, {
        at,
        location: String(b.location),
        status: b.status as Scan["status"],
      });
      return json(view(m[1]));
    }
    repo.deliver(shipment, String(b.signedBy ?? ""), at);
    return json({ id: shipment.id, status: shipment.status, deliveredAt: at });
  }

  if (url.pathname === "/deliveries") return json(repo.recentDeliveries(10));
  if (url.pathname === "/status") return json({ open: repo.open(), live: Model.liveObjects() });
  return json({ error: "not found" }, 404);
});
