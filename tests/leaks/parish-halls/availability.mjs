import { HALLS } from "./halls.mjs";
import { bookedOn, version } from "./bookings.mjs";

const MAX_ENTRIES = 32;
const cache = new Map(); // `${hall}|${date}` -> { version, value }

/** The public calendar page asks for the same few days over and over. */
export function availability(hallId, date) {
  const hall = HALLS[hallId];
  if (!hall) return null;
  const key = `${hallId}|${date}`;
  const hit = cache.get(key);
  if (hit && hit.version === version()) {
    cache.delete(key);
    cache.set(key, hit); // most recently used last
    return hit.value;
  }
  const booked = bookedOn(hallId, date);
  const value = {
    hall: hall.name,
    date,
    booked,
    free: booked.length === 0 ? "all day" : "ask the office",
  };
  cache.delete(key);
  cache.set(key, { version: version(), value });
  while (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value);
  return value;
}
