// Zone tariffs in cents per started quarter hour, with the daily maximum.
export const ZONES = {
  Z1: { name: "Centrum", quarterCents: 175, dayMaxCents: 4500 },
  Z2: { name: "Stationsgebied", quarterCents: 140, dayMaxCents: 3600 },
  Z3: { name: "Havenkwartier", quarterCents: 90, dayMaxCents: 2000 },
};

export function feeFor(zone, minutes) {
  const t = ZONES[zone];
  const quarters = Math.max(1, Math.ceil(minutes / 15));
  return Math.min(quarters * t.quarterCents, t.dayMaxCents);
}
