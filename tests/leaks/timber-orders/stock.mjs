/** Stock lengths in the yard, per species and section (mm), with the price per metre run. */
export const STOCK = {
  "oak:47x150": { lengths: [2400, 3000, 3600, 4800], perMetre: 18.4 },
  "oak:25x100": { lengths: [1800, 2400, 3000], perMetre: 7.9 },
  "larch:47x150": { lengths: [3000, 3600, 4800], perMetre: 6.25 },
  "larch:22x150": { lengths: [3000, 3600, 4800], perMetre: 2.95 },
  "redwood:47x75": { lengths: [2400, 3000, 3600, 4200, 4800], perMetre: 2.1 },
};

export function stockFor(species, section) {
  return STOCK[`${species}:${section}`];
}

export function yardSummary() {
  return Object.entries(STOCK).map(([key, s]) => ({
    key,
    lengths: s.lengths,
    perMetre: s.perMetre,
  }));
}
