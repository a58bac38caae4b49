import { LazyPromise } from "./vendor/lazy-promise/index.mjs";

// Each restaurant's booking settings live in the back office's database; a restaurant's are
// loaded the first time a request needs them and kept for the life of the process (a settings
// change in the back office restarts the widget API).
const RESTAURANTS = {
  "de-kas": { name: "De Kas", region: "nl", opens: "17:30", closes: "22:00", tables: 24 },
  "la-piazza": { name: "La Piazza", region: "nl", opens: "12:00", closes: "22:30", tables: 18 },
  "umami-west": { name: "Umami West", region: "be", opens: "18:00", closes: "23:00", tables: 30 },
};

async function loadSettings(id) {
  await new Promise((resolve) => setTimeout(resolve, 5)); // the database round trip
  const r = RESTAURANTS[id];
  return {
    id,
    ...r,
    slotMinutes: 30,
    maxParty: id === "de-kas" ? 8 : 12,
    depositFromParty: 6,
    depositCents: 1500,
    freeCancellationHours: 24,
  };
}

async function loadHolidays(region) {
  await new Promise((resolve) => setTimeout(resolve, 5));
  return new Set(region === "be" ? ["2025-07-21", "2025-08-15"] : ["2025-04-27", "2025-05-05"]);
}

const settings = new Map();
const holidays = new Map();

export function settingsFor(id) {
  if (!Object.hasOwn(RESTAURANTS, id)) return undefined;
  let lazy = settings.get(id);
  if (!lazy) {
    lazy = LazyPromise.from(() => loadSettings(id));
    settings.set(id, lazy);
  }
  return lazy;
}

export function holidaysIn(region) {
  let lazy = holidays.get(region);
  if (!lazy) {
    lazy = LazyPromise.from(() => loadHolidays(region));
    holidays.set(region, lazy);
  }
  return lazy;
}
