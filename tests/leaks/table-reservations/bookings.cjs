"use strict";

const { CHANNELS, emit } = require("./events.cjs");

class BookingError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const restaurants = new Map([
  ["bistro-noord", {
    id: "bistro-noord",
    name: "Bistro Noord",
    address: "Buiksloterweg 3, Amsterdam",
    tables: { 2: 6, 4: 5, 6: 2 },
  }],
  ["casa-lupa", {
    id: "casa-lupa",
    name: "Casa Lupa",
    address: "Oudegracht 112, Utrecht",
    tables: { 2: 4, 4: 4, 8: 1 },
  }],
]);

const SLOTS = ["17:30", "18:00", "18:30", "19:00", "19:30", "20:00", "20:30", "21:00"];

// Live reservations by reference, and the references booked per restaurant/date/time slot.
const reservations = new Map();
const bySlot = new Map();

function slotKey(restaurant, date, time) {
  return `${restaurant}|${date}|${time}`;
}

function tableSize(restaurant, party) {
  return Object.keys(restaurant.tables).map(Number).sort((a, b) => a - b).find((s) => s >= party);
}

function booked(restaurant, date, time, size) {
  let n = 0;
  for (const ref of bySlot.get(slotKey(restaurant.id, date, time)) ?? []) {
    if (reservations.get(ref)?.tableSize === size) n++;
  }
  return n;
}

function findRestaurant(id) {
  const restaurant = restaurants.get(id);
  if (!restaurant) throw new BookingError(404, `unknown restaurant ${id}`);
  return restaurant;
}

function availability(id, date) {
  const restaurant = findRestaurant(id);
  return SLOTS.map((time) => ({
    time,
    free: Object.fromEntries(
      Object.entries(restaurant.tables).map(([size, count]) => [
        size,
        count - booked(restaurant, date, time, Number(size)),
      ]),
    ),
  }));
}

function book(id, body) {
  const restaurant = findRestaurant(id);
  const { ref, name, party, date, time } = body ?? {};
  if (typeof ref !== "string" || !/^[\w-]{3,40}$/.test(ref)) throw new BookingError(400, "bad ref");
  if (reservations.has(ref)) throw new BookingError(409, `reservation ${ref} exists`);
  if (!SLOTS.includes(time) || !/^\d{4}-\d{2}-\d{2}$/.test(String(date))) {
    throw new BookingError(422, "pick a date and one of the offered times");
  }
  const size = tableSize(restaurant, Number(party));
  if (!size) throw new BookingError(422, "party too large, please call us");
  if (booked(restaurant, date, time, size) >= restaurant.tables[size]) {
    throw new BookingError(409, "fully booked at that time");
  }
  const reservation = {
    ref,
    restaurant: id,
    name: String(name ?? "Guest"),
    party: Number(party),
    tableSize: size,
    date,
    time,
    createdAt: new Date().toISOString(),
  };
  reservations.set(ref, reservation);
  const key = slotKey(id, date, time);
  if (!bySlot.has(key)) bySlot.set(key, new Set());
  bySlot.get(key).add(ref);
  emit(CHANNELS.created, reservation);
  return reservation;
}

function cancel(ref) {
  const reservation = reservations.get(ref);
  if (!reservation) throw new BookingError(404, `unknown reservation ${ref}`);
  reservations.delete(ref);
  const key = slotKey(reservation.restaurant, reservation.date, reservation.time);
  const refs = bySlot.get(key);
  refs?.delete(ref);
  if (refs && refs.size === 0) bySlot.delete(key);
  emit(CHANNELS.cancelled, reservation);
  return reservation;
}

function getReservation(ref) {
  const reservation = reservations.get(ref);
  if (!reservation) throw new BookingError(404, `unknown reservation ${ref}`);
  return reservation;
}

module.exports = {
  BookingError,
  availability,
  book,
  cancel,
  findRestaurant,
  getReservation,
};
