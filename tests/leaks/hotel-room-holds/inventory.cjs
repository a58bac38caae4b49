"use strict";

// Room allotments we hold with the hotels, per room type and night.
const HOTELS = {
  "AMS-CANAL": {
    name: "Canal House Amsterdam",
    rooms: { STD: 11900, SUP: 15900 },
    allotment: 1000,
  },
  "PRG-OLDTOWN": {
    name: "Old Town Residence Prague",
    rooms: { STD: 8900, FAM: 13900 },
    allotment: 600,
  },
};

const allotments = new Map();

class InventoryError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

function nightsOf(checkIn, nights) {
  const start = new Date(`${checkIn}T00:00:00Z`);
  if (Number.isNaN(start.getTime())) throw new InventoryError(400, "checkIn must be YYYY-MM-DD");
  if (!(nights >= 1 && nights <= 14)) throw new InventoryError(400, "1 to 14 nights");
  return Array.from({ length: nights }, (_, n) => {
    const d = new Date(start);
    d.setUTCDate(d.getUTCDate() + n);
    return d.toISOString().slice(0, 10);
  });
}

function key(hotelId, roomType, night) {
  return `${hotelId}|${roomType}|${night}`;
}

function left(hotelId, roomType, night) {
  const k = key(hotelId, roomType, night);
  if (!allotments.has(k)) allotments.set(k, HOTELS[hotelId].allotment);
  return allotments.get(k);
}

function rateFor(hotelId, roomType) {
  const hotel = HOTELS[hotelId];
  const rate = hotel?.rooms[roomType];
  if (rate === undefined) throw new InventoryError(404, `no ${roomType} rooms at ${hotelId}`);
  return rate;
}

function availability(hotelId, checkIn, nights) {
  const hotel = HOTELS[hotelId];
  if (!hotel) throw new InventoryError(404, `no hotel ${hotelId}`);
  const dates = nightsOf(checkIn, nights);
  return Object.entries(hotel.rooms).map(([roomType, rate]) => ({
    roomType,
    rateCents: rate,
    totalCents: rate * nights,
    available: Math.min(...dates.map((d) => left(hotelId, roomType, d))),
  }));
}

function take(hotelId, roomType, dates) {
  rateFor(hotelId, roomType);
  if (dates.some((d) => left(hotelId, roomType, d) < 1)) {
    throw new InventoryError(409, "sold out for those nights");
  }
  for (const d of dates) allotments.set(key(hotelId, roomType, d), left(hotelId, roomType, d) - 1);
}

function giveBack(hotelId, roomType, dates) {
  for (const d of dates) allotments.set(key(hotelId, roomType, d), left(hotelId, roomType, d) + 1);
}

module.exports = { InventoryError, availability, giveBack, nightsOf, rateFor, take };
