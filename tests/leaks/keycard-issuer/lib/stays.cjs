"use strict";

const { GuestCard, StaffCard } = require("./cards.cjs");

const COMMON_DOORS = ["lobby", "lift", "gym", "spa"];
const stays = new Map();

function checkIn({ reservation, guest, room, nights, cards }) {
  if (stays.has(reservation)) {
    throw Object.assign(new Error("already checked in"), { status: 409 });
  }
  const from = new Date();
  const until = new Date(from.getTime() + nights * 86_400_000);
  const stay = { reservation, guest, room: String(room), nights, cards: [] };
  for (let n = 0; n < Math.min(Number(cards) || 1, 4); n++) {
    stay.cards.push(
      new GuestCard({
        stay: reservation,
        holder: guest,
        doors: [String(room), ...COMMON_DOORS],
        validFrom: from.toISOString(),
        validUntil: until.toISOString(),
      }),
    );
  }
  stays.set(reservation, stay);
  return stay;
}

function checkOut(reservation) {
  const stay = stays.get(reservation);
  if (!stay) throw Object.assign(new Error("no such stay"), { status: 404 });
  for (const card of stay.cards) card.revoke("checked out");
  stays.delete(reservation);
  return { reservation, revoked: stay.cards.map((c) => c.serial) };
}

function issueStaffCard(name, doors, hours) {
  const from = new Date();
  return new StaffCard({
    holder: name,
    doors,
    validFrom: from.toISOString(),
    validUntil: new Date(from.getTime() + hours * 3_600_000).toISOString(),
  });
}

module.exports = { checkIn, checkOut, issueStaffCard, stayCount: () => stays.size };
