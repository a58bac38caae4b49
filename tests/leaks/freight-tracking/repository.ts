import { KINDS, type Scan, Shipment, type ShipmentRow } from "./shipments.ts";

/** The shipments table (rows as the database returns them) and a short archive of deliveries. */
const table = new Map<string, ShipmentRow>();
const archive: { id: string; reference: string; deliveredAt: string; signedBy: string }[] = [];

export class ShipmentRepository {
  find(id: string): Shipment | undefined {
    const row = table.get(id);
    if (!row) return undefined;
    const Kind = KINDS[row.mode];
    return Kind.cached<Shipment>(id) ?? Shipment.remember(new Kind(row));
  }

  create(row: ShipmentRow): Shipment {
    if (table.has(row.id)) throw new Error(`shipment ${row.id} exists`);
    table.set(row.id, row);
    return Shipment.remember(new KINDS[row.mode](row));
  }

  addScan(shipment: Shipment, scan: Scan): void {
    shipment.scans.push(scan);
    table.set(shipment.id, shipment.toRow());
  }

  /** Proof of delivery: the row moves to the archive and the live object is let go. */
  deliver(shipment: Shipment, signedBy: string, at: string): void {
    shipment.scans.push({ at, location: shipment.row.destination, status: "delivered" });
    table.delete(shipment.id);
    Shipment.evict(shipment.id);
    archive.push({ id: shipment.id, reference: shipment.row.reference, deliveredAt: at, signedBy });
    if (archive.length > 25) archive.shift();
  }

  open(): number {
    return table.size;
  }

  recentDeliveries(limit: number) {
    return archive.slice(-limit).reverse();
  }
}
