// Showtimes come from the distributor's feed, which is slow (and rate-limits us), so a page
// view never calls it directly: concurrent requests for the same cinema and date share one
// upstream call, and answers are kept for a minute in a small LRU.

const FILMS = [
  { id: "f-dune2", title: "Dune: Part Two", minutes: 166, rating: "12" },
  { id: "f-pdays", title: "Perfect Days", minutes: 124, rating: "AL" },
  { id: "f-zone", title: "The Zone of Interest", minutes: 105, rating: "12" },
  { id: "f-flow", title: "Flow", minutes: 85, rating: "AL" },
];

export const CINEMAS = {
  "pathe-tuschinski": { chain: "pathe", name: "Pathé Tuschinski", screens: 6 },
  "pathe-arena": { chain: "pathe", name: "Pathé Arena", screens: 14 },
  "kinepolis-utrecht": { chain: "kinepolis", name: "Kinepolis Utrecht Jaarbeurs", screens: 9 },
  "filmhuis-lumen": { chain: "independent", name: "Filmhuis Lumen", screens: 3 },
};

const TTL_MS = 60_000;
const MAX_ENTRIES = 32;

const cache = new Map();
const inflight = new Map();
let upstreamCalls = 0;

function feed(cinemaId, date) {
  upstreamCalls++;
  const cinema = CINEMAS[cinemaId];
  return new Promise((resolve) => {
    setTimeout(() => {
      const day = Number(date.slice(-2)) || 1;
      const shows = [];
      for (let screen = 1; screen <= Math.min(cinema.screens, 4); screen++) {
        FILMS.forEach((film, i) => {
          if ((screen + i + day) % 3 === 0) return;
          const hour = 13 + ((screen * 2 + i * 3 + day) % 10);
          shows.push({
            id: `${cinemaId}-${date}-${screen}-${film.id}`,
            film: film.id,
            title: film.title,
            screen,
            startsAt: `${date}T${String(hour).padStart(2, "0")}:${i % 2 ? "30" : "00"}`,
            minutes: film.minutes,
          });
        });
      }
      resolve({ cinema: cinemaId, date, shows, fetchedAt: Date.now() });
    }, 8);
  });
}

function remember(key, value) {
  cache.delete(key);
  cache.set(key, { value, expires: Date.now() + TTL_MS });
  while (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value);
}

export function showtimes(cinemaId, date) {
  const key = `${cinemaId}:${date}`;
  const hit = cache.get(key);
  if (hit && hit.expires > Date.now()) {
    cache.delete(key);
    cache.set(key, hit);
    return Promise.resolve(hit.value);
  }
  let pending = inflight.get(key);
  if (!pending) {
    pending = feed(cinemaId, date)
      .then((value) => {
        remember(key, value);
        return value;
      })
      .finally(() => inflight.delete(key));
    inflight.set(key, pending);
  }
  return pending;
}

export function cacheStats() {
  return { cached: cache.size, inflight: inflight.size, upstreamCalls };
}
