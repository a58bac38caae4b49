"use strict";

const { icsPool } = require("./buffer-pool.cjs");

function stamp(date, time) {
  return `${date.replaceAll("-", "")}T${time.replace(":", "")}00`;
}

function addMinutes(time, minutes) {
  const [h, m] = time.split(":").map(Number);
  const total = h * 60 + m + minutes;
  return `${String(Math.floor(total / 60) % 24).padStart(2, "0")}:${
    String(total % 60).padStart(2, "0")
  }`;
}

/** An iCalendar attachment for the confirmation mail, written into a pooled buffer. */
function reservationIcs(reservation, restaurant) {
  const lease = icsPool.lease();
  try {
    const lines = [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//tablebook//reservations//EN",
      "BEGIN:VEVENT",
      `UID:${reservation.ref}@tablebook.example`,
      `DTSTART;TZID=Europe/Amsterdam:${stamp(reservation.date, reservation.time)}`,
      `DTEND;TZID=Europe/Amsterdam:${stamp(reservation.date, addMinutes(reservation.time, 120))}`,
      `SUMMARY:Dinner at ${restaurant.name} (${reservation.party} people)`,
      `LOCATION:${restaurant.address}`,
      "END:VEVENT",
      "END:VCALENDAR",
    ];
    let offset = 0;
    for (const line of lines) {
      offset += lease.buffer.write(line, offset, "utf8");
      offset += lease.buffer.write("\r\n", offset, "utf8");
    }
    return lease.buffer.toString("utf8", 0, offset);
  } finally {
    lease.release();
  }
}

module.exports = { reservationIcs };
