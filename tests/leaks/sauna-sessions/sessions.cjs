"use strict";
const { MinHeap } = require("./heap.cjs");
const { cabins, slots, slotOf } = require("./cabins.cjs");

const bookings = new Map();
const recent = [];
const reminders = new MinHeap((a, b) => a.dueAt - b.dueAt);
const out = { texts: 0 };

function book(body) {
  const cabin = cabins.get(body.cabin);
  const startsAt = Date.parse(body.startsAt);
  if (!cabin) return { status: 404, body: { error: "unknown cabin" } };
  if (Number.isNaN(startsAt)) {
    return { status: 400, body: { error: "startsAt must be an ISO date" } };
  }
  if (bookings.has(body.id)) return { status: 409, body: { error: "duplicate" } };
  const booking = {
    id: String(body.id),
    cabin,
    guest: { name: String(body.guest?.name ?? ""), phone: String(body.guest?.phone ?? "") },
    startsAt,
    towels: Number(body.towels ?? 1),
  };
  bookings.set(booking.id, booking);
  const [day, hour] = slotOf(startsAt);
  slots[day][hour]++;
  reminders.push({ dueAt: startsAt - 30 * 60 * 1000, booking });
  return { status: 201, body: { id: booking.id } };
}

function checkIn(id) {
  const b = bookings.get(id);
  if (!b) return { status: 404, body: { error: "unknown booking" } };
  b.cabin.enter(b);
  return { status: 200, body: { id, cabin: b.cabin.id, occupancy: b.cabin.occupancy } };
}

function checkOut(id) {
  const b = bookings.get(id);
  if (!b) return { status: 404, body: { error: "unknown booking" } };
  b.cabin.leave(b);
  bookings.delete(id);
  const [day, hour] = slotOf(b.startsAt);
  slots[day][hour]--;
  recent.push({ id, cabin: b.cabin.id, at: Date.now() });
  if (recent.length > 30) recent.shift();
  return { status: 200, body: { id, occupancy: b.cabin.occupancy } };
}

setInterval(() => {
  const now = Date.now();
  while (reminders.size > 0 && reminders.peek().dueAt <= now) {
    const r = reminders.pop();
    if (bookings.has(r.booking.id)) out.texts++;
  }
}, 100).unref();

function overview() {
  return {
    cabins: [...cabins.values()].map((c) => ({ id: c.id, occupancy: c.occupancy, tempC: c.tempC })),
    open: bookings.size,
    reminders: reminders.size,
    recent: recent.slice(-5),
    out,
  };
}

module.exports = { book, checkIn, checkOut, overview };
