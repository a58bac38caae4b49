import { setTimeout as sleep } from "node:timers/promises";

export class Unavailable extends Error {}

/** Function rooms at the hotel, each bookable once per date. */
const ROOMS = Array.from(
  { length: 24 },
  (_, n) => `Suite ${String.fromCharCode(65 + (n % 6))}${Math.floor(n / 6) + 1}`,
);
const roomHolds = new Map(); // "room|date" -> booking id

export async function holdRoom(date, guests, booking) {
  await sleep(1);
  const room = ROOMS.find((r) => !roomHolds.has(`${r}|${date}`));
  if (!room) throw new Unavailable(`no room free on ${date} for ${guests}`);
  roomHolds.set(`${room}|${date}`, booking);
  return { room, date };
}

export async function releaseRoom({ room, date }, booking) {
  await sleep(1);
  if (roomHolds.get(`${room}|${date}`) === booking) roomHolds.delete(`${room}|${date}`);
}

/** The kitchen caps covers per service date. */
const KITCHEN_COVERS = 4000;
const covers = new Map(); // date -> Map(booking -> covers)

export async function orderCatering(date, menu, guests, booking) {
  await sleep(1);
  const day = covers.get(date) ?? new Map();
  const used = [...day.values()].reduce((a, b) => a + b, 0);
  if (used + guests > KITCHEN_COVERS) throw new Unavailable(`kitchen full on ${date}`);
  day.set(booking, guests);
  covers.set(date, day);
  return { date, menu, guests, order: `KIT-${booking}` };
}

export async function cancelCatering({ date }, booking) {
  await sleep(1);
  const day = covers.get(date);
  if (!day) return;
  day.delete(booking);
  if (day.size === 0) covers.delete(date);
}

/** AV kit from the rental partner; the LED wall is out for repair this season. */
const KIT = { projector: 30, "pa-system": 30, "led-wall": 0, lectern: 30 };
const kitOut = new Map(); // booking -> [kit]

export async function reserveAv(items, booking) {
  await sleep(1);
  for (const item of items) {
    const inUse = [...kitOut.values()].filter((list) => list.includes(item)).length;
    if (!(item in KIT) || inUse >= KIT[item]) throw new Unavailable(`${item} not available`);
  }
  kitOut.set(booking, items.slice());
  return { items };
}

export async function returnAv(_result, booking) {
  await sleep(1);
  kitOut.delete(booking);
}

export function supplierStats() {
  return { roomHolds: roomHolds.size, cateringDates: covers.size, kitOut: kitOut.size };
}
