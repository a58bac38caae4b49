// Time-zone offsets for local-time schedules ("every day at 08:00 in the customer's zone"),
// loaded from the tz service on first use and cached per zone.

const OFFSETS_MINUTES = {
  "Europe/Amsterdam": 120,
  "Europe/London": 60,
  "America/New_York": -240,
  "Asia/Singapore": 480,
};

export const KNOWN_ZONES = new Set(Object.keys(OFFSETS_MINUTES));

const cache = new Map();

function fetchZone(name) {
  return new Promise((resolve, reject) => {
    setTimeout(() => {
      if (!(name in OFFSETS_MINUTES)) reject(new Error(`unknown time zone ${name}`));
      else resolve({ name, offsetMinutes: OFFSETS_MINUTES[name], loadedAt: Date.now() });
    }, 2);
  });
}

export function resolveZone(name) {
  let zone = cache.get(name);
  if (!zone) {
    zone = fetchZone(name);
    cache.set(name, zone);
    zone.catch(() => cache.delete(name));
  }
  return zone;
}
