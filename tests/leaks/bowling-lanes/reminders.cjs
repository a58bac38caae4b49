"use strict";

// Texts before a booking: the day before and an hour before. A plain list scanned by the
// tick; a booking that is checked in or cancelled takes its texts off.

const LEADS_HOURS = [24, 1];

class ReminderList {
  constructor() {
    this.items = [];
    this.sent = 0;
  }

  scheduleFor(booking) {
    for (const lead of LEADS_HOURS) {
      const dueAt = booking.start.getTime() - lead * 3_600_000;
      if (dueAt <= Date.now()) continue;
      this.items.push({
        bookingRef: booking.ref,
        dueAt,
        to: booking.phone,
        text: `Lane ${booking.lane} is yours ${lead === 24 ? "tomorrow" : "in an hour"} at ${
          booking.start.toISOString().slice(11, 16)
        } for ${booking.party.length} players. Shoes are on us on Tuesdays.`,
      });
    }
  }

  cancelFor(ref) {
    // Backwards, so a removal does not shift the next item under the loop.
    for (let i = this.items.length - 1; i >= 0; i--) {
      if (this.items[i].bookingRef === ref) this.items.splice(i, 1);
    }
  }

  tick(now = Date.now()) {
    for (let i = this.items.length - 1; i >= 0; i--) {
      if (this.items[i].dueAt <= now) {
        this.items.splice(i, 1);
        this.sent++;
      }
    }
  }
}

module.exports = { ReminderList };
