"use strict";

const { Signal } = require("./events.cjs");

const LANES = 8;
const SWIMMERS_PER_LANE = 12;
const MAX_MEMBERS = 40;

const laneEvents = new Signal();
const bookings = new Map();
const members = new Map();
const closedLanes = new Set();
const occupancy = new Array(LANES).fill(0);
const counts = { booked: 0, checkedIn: 0, checkedOut: 0, cancelled: 0 };

// The lifeguard screen: swimmers in the water per lane, refreshed four times a second.
setInterval(() => {
  occupancy.fill(0);
  for (const b of bookings.values()) if (b.inWater) occupancy[b.lane - 1]++;
}, 250);

/** Member profiles for the most recent 40 swimmers (the desk looks them up again on check-in). */
function memberFor(id) {
  let member = members.get(id);
  if (member) members.delete(id);
  else member = { id, name: `Swimmer ${id.slice(-4)}`, visits: 0 };
  members.set(id, member);
  if (members.size > MAX_MEMBERS) members.delete(members.keys().next().value);
  return member;
}

function book({ id, memberId, lane, slot }) {
  if (bookings.has(id)) throw Object.assign(new Error("already booked"), { status: 409 });
  if (closedLanes.has(lane)) throw Object.assign(new Error("lane closed"), { status: 409 });
  let taken = 0;
  for (const b of bookings.values()) if (b.lane === lane && b.slot === slot) taken++;
  if (taken >= SWIMMERS_PER_LANE) throw Object.assign(new Error("lane full"), { status: 409 });
  const booking = { id, member: memberFor(memberId), lane, slot, inWater: false, notices: [] };
  booking.stopListening = laneEvents.add((event) => {
    if (event.lane === booking.lane) booking.notices.push(`Lane ${event.lane} ${event.what}`);
  });
  bookings.set(id, booking);
  counts.booked++;
  return booking;
}

function finish(booking, how) {
  booking.stopListening();
  bookings.delete(booking.id);
  counts[how]++;
}

function checkIn(booking) {
  booking.inWater = true;
  booking.member.visits++;
  counts.checkedIn++;
}

function setLane(lane, closed) {
  if (closed) closedLanes.add(lane);
  else closedLanes.delete(lane);
  laneEvents.dispatch({ lane, what: closed ? "closed" : "open again" });
}

function laneReport() {
  return { occupancy, closed: [...closedLanes], open: bookings.size, counts };
}

module.exports = { LANES, book, bookings, checkIn, finish, laneReport, setLane };
