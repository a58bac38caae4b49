// The back-room shelves of a pickup point. A shelf is an array of parcels with a label and a
// capacity; derived arrays (filter, map, slice) are plain arrays, not shelves.

export interface Parcel {
  id: string;
  carrier: string;
  kind: "delivery" | "return";
  recipient: { name: string; postcode: string };
  size: "S" | "M" | "L";
  shelf: string;
  arrivedAt: number;
}

const SIZE_UNITS = { S: 1, M: 2, L: 4 } as const;

export class Shelf extends Array<Parcel> {
  static override get [Symbol.species]() {
    return Array;
  }

  label = "";
  capacityUnits = 0;

  static make(label: string, capacityUnits: number): Shelf {
    const shelf = new Shelf();
    shelf.label = label;
    shelf.capacityUnits = capacityUnits;
    return shelf;
  }

  usedUnits(): number {
    return this.reduce((sum, p) => sum + SIZE_UNITS[p.size], 0);
  }

  fits(parcel: Pick<Parcel, "size">): boolean {
    return this.usedUnits() + SIZE_UNITS[parcel.size] <= this.capacityUnits;
  }

  take(id: string): Parcel | undefined {
    const at = this.findIndex((p) => p.id === id);
    return at === -1 ? undefined : this.splice(at, 1)[0];
  }
}

export const shelves = new Map<string, Shelf>(
  [Shelf.make("A", 40), Shelf.make("B", 40), Shelf.make("C", 24)].map((s) => [s.label, s]),
);

export function shelfOverview() {
  return [...shelves.values()].map((shelf) => ({
    label: shelf.label,
    parcels: shelf.length,
    usedUnits: shelf.usedUnits(),
    capacityUnits: shelf.capacityUnits,
    oldest: shelf.filter((p) => p.kind === "delivery")
      .sort((a, b) => a.arrivedAt - b.arrivedAt)
      .slice(0, 3)
      .map((p) => ({ id: p.id, waitingMin: Math.round((Date.now() - p.arrivedAt) / 60_000) })),
  }));
}
