"use strict";

const VENUES = [
  { id: "tivoli", name: "TivoliVredenburg", city: "Utrecht", capacity: 2000 },
  { id: "paradiso", name: "Paradiso", city: "Amsterdam", capacity: 1500 },
  { id: "doornroosje", name: "Doornroosje", city: "Nijmegen", capacity: 1100 },
  { id: "effenaar", name: "Effenaar", city: "Eindhoven", capacity: 1300 },
];
const ARTISTS = ["Froukje", "Son Mieux", "Goldband", "Meau", "S10", "Typhoon", "Hang Youth"];

class NotFound extends Error {}

function hash(text) {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h >>> 0;
}

/** The ticketing partner's event API (its answers are derived from the id here). */
async function fetchEvent(id) {
  const match = /^evt-(\d+)$/.exec(id);
  if (!match) throw new NotFound(`no event ${id}`);
  await new Promise((resolve) => setTimeout(resolve, 2));
  const h = hash(id);
  const venue = VENUES[h % VENUES.length];
  const sold = (h >>> 8) % venue.capacity;
  return {
    id,
    artist: ARTISTS[(h >>> 4) % ARTISTS.length],
    tour: `${2025 + (h % 2)} club tour`,
    venue,
    startsAt: new Date(Date.UTC(2025, 9, 1 + (h % 60), 19, 30)).toISOString(),
    priceCents: 2450 + (h % 5) * 500,
    remaining: venue.capacity - sold,
  };
}

/** The partner's "featured" feed: the next 40 events, of which we show a city's. */
async function eventsIn(city) {
  const ids = Array.from({ length: 40 }, (_, n) => `evt-${900000 + n}`);
  const events = await Promise.all(ids.map(fetchEvent));
  return events.filter((e) => e.venue.city.toLowerCase() === city.toLowerCase());
}

module.exports = { fetchEvent, eventsIn, NotFound };
