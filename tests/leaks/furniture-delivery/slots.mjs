// Delivery slots per region: two-person crews, a morning and an afternoon run per van.
const REGIONS = {
  "10": { name: "Amsterdam", vans: 4 },
  "25": { name: "Den Haag", vans: 2 },
  "35": { name: "Utrecht", vans: 3 },
  "97": { name: "Groningen", vans: 1 },
};
const STOPS_PER_RUN = 6;
const booked = new Map(); // `${region}:${date}:${run}` -> stops booked

export function regionOf(postcode) {
  return REGIONS[postcode.slice(0, 2)] ? postcode.slice(0, 2) : undefined;
}

export function slotsFor(region, date) {
  const { name, vans } = REGIONS[region];
  return ["08:00-12:00", "13:00-17:00"].map((window, run) => {
    const taken = booked.get(`${region}:${date}:${run}`) ?? 0;
    return { region: name, date, window, free: Math.max(0, vans * STOPS_PER_RUN - taken) };
  });
}

// Minutes of handling at the address: stairs are slow, a lift helps.
export function handlingMinutes(address, items) {
  const perItem = address.lift ? 12 : 12 + 6 * (address.floors - 1);
  return 15 + items.length * perItem;
}
