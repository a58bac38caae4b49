"use strict";

/** A bank of parcel lockers: doors by size, each free or holding one parcel. */
class LockerBank {
  constructor(id, address, layout) {
    this.id = id;
    this.address = address;
    this.doors = [];
    let n = 1;
    for (const [size, count] of Object.entries(layout)) {
      for (let i = 0; i < count; i++) this.doors.push({ no: n++, size, parcel: null });
    }
  }

  /** The lowest free door that fits (a small parcel may go into a bigger door). */
  assign(size, parcelId) {
    const order = size === "S" ? ["S", "M", "L"] : size === "M" ? ["M", "L"] : ["L"];
    for (const s of order) {
      const door = this.doors.find((d) => d.size === s && d.parcel === null);
      if (door) {
        door.parcel = parcelId;
        return door.no;
      }
    }
    return null;
  }

  free(no) {
    const door = this.doors[no - 1];
    if (door) door.parcel = null;
  }

  occupancy() {
    const out = { S: [0, 0], M: [0, 0], L: [0, 0] };
    for (const d of this.doors) {
      out[d.size][1]++;
      if (d.parcel) out[d.size][0]++;
    }
    return Object.fromEntries(
      Object.entries(out).map(([s, [used, all]]) => [s, `${used}/${all}`]),
    );
  }
}

const banks = new Map([
  ["AMS-CS-01", new LockerBank("AMS-CS-01", "Stationsplein 1, Amsterdam", { S: 24, M: 24, L: 12 })],
  ["AMS-ZD-02", new LockerBank("AMS-ZD-02", "Zuidplein 14, Amsterdam", { S: 16, M: 16, L: 8 })],
]);

module.exports = { LockerBank, banks };
