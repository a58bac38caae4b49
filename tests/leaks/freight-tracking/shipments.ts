import { Model } from "./model.ts";

export interface Scan {
  at: string;
  location: string;
  status: "collected" | "in_transit" | "at_depot" | "out_for_delivery" | "delivered";
}

export interface ShipmentRow {
  id: string;
  mode: "parcel" | "pallet";
  reference: string;
  shipper: string;
  origin: string;
  destination: string;
  createdAt: string;
  scans: Scan[];
  parcels?: { weightKg: number; dims: [number, number, number] }[];
  pallets?: { count: number; tailLift: boolean };
}

export abstract class Shipment extends Model {
  readonly id: string;
  readonly row: ShipmentRow;
  scans: Scan[];

  constructor(row: ShipmentRow) {
    super();
    this.id = row.id;
    this.row = row;
    this.scans = row.scans.map((s) => ({ ...s }));
  }

  get status(): Scan["status"] {
    return this.scans.at(-1)?.status ?? "collected";
  }

  abstract get chargeableKg(): number;

  toRow(): ShipmentRow {
    return { ...this.row, scans: this.scans.map((s) => ({ ...s })) };
  }
}

export class ParcelShipment extends Shipment {
  get chargeableKg(): number {
    // Volumetric weight at 5000 cm³/kg, per parcel.
    return (this.row.parcels ?? []).reduce((kg, p) => {
      const [l, w, h] = p.dims;
      return kg + Math.max(p.weightKg, (l * w * h) / 5000);
    }, 0);
  }
}

export class PalletShipment extends Shipment {
  get chargeableKg(): number {
    return (this.row.pallets?.count ?? 1) * 400;
  }
}

export const KINDS = { parcel: ParcelShipment, pallet: PalletShipment } as const;
