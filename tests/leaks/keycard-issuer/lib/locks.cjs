"use strict";

// The door locks keep a short offline deny list (they have room for 64 serials); the gateway
// pushes it to the locks on the floor of each door.
const DENY_CAPACITY = 64;

class DoorLocks {
  constructor() {
    this.denied = [];
    this.pushes = 0;
  }

  deny(serial, doors) {
    this.denied.push({ serial, floors: [...new Set(doors.map((d) => d.slice(0, 1)))] });
    if (this.denied.length > DENY_CAPACITY) this.denied.shift();
    this.pushes++;
  }

  isDenied(serial) {
    return this.denied.some((d) => d.serial === serial);
  }
}

module.exports = { doorLocks: new DoorLocks() };
