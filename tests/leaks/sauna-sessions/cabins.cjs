"use strict";
// Cabins with the guests inside; an infrared cabin also counts its heater cycles.
class Cabin {
  #guests = [];
  constructor(id, seats, tempC) {
    this.id = id;
    this.seats = seats;
    this.tempC = tempC;
  }
  enter(booking) {
    this.#guests.push(booking);
  }
  leave(booking) {
    this.#guests = this.#guests.filter((b) => b !== booking);
  }
  get occupancy() {
    return this.#guests.length;
  }
}

class InfraredCabin extends Cabin {
  heaterCycles = 0;
  leave(booking) {
    this.heaterCycles++;
    super.leave(booking);
  }
}

const cabins = new Map([
  ["finnish", new Cabin("finnish", 12, 90)],
  ["bio", new Cabin("bio", 8, 60)],
  ["infrared", new InfraredCabin("infrared", 4, 45)],
]);

// Slots per weekday (Sunday = 0) and hour: counts of guests booked, for the opening-hours view.
const slots = Array.from({ length: 7 }, () => new Array(24).fill(0));
const slotOf = (iso) => {
  const d = new Date(iso);
  return [d.getUTCDay(), d.getUTCHours()];
};

module.exports = { cabins, slots, slotOf };
