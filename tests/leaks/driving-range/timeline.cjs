"use strict";

// Bookings ordered by start slot (15-minute slots), for the "next up" screen by the
// ball dispenser and the marshal's tablet.
class Timeline {
  constructor() {
    this.items = [];
  }

  lowerBound(slot) {
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.items[mid].slot < slot) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  insert(booking) {
    // after anything already at that slot, so a slot lists bays in booking order
    let i = this.lowerBound(booking.slot);
    while (i < this.items.length && this.items[i].slot === booking.slot) i++;
    this.items.splice(i, 0, booking);
  }

  remove(booking) {
    const i = this.lowerBound(booking.slot);
    if (this.items[i]?.ref === booking.ref) this.items.splice(i, 1);
  }

  upcoming(fromSlot, n) {
    const i = this.lowerBound(fromSlot);
    return this.items.slice(i, i + n);
  }

  get length() {
    return this.items.length;
  }
}

module.exports = { Timeline };
