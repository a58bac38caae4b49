/** Network tariff 2031/Q2: pallet types, postcode-area zones and the base rate per zone. */

export const PALLET_TYPES = {
  full: { maxKg: 1200, maxHeightCm: 220, factor: 1 },
  light: { maxKg: 750, maxHeightCm: 220, factor: 0.85 },
  half: { maxKg: 600, maxHeightCm: 110, factor: 0.62 },
  quarter: { maxKg: 300, maxHeightCm: 80, factor: 0.45 },
  mini: { maxKg: 150, maxHeightCm: 60, factor: 0.38 },
};

export const ZONES = {
  A: ["B", "CV", "DE", "DY", "LE", "NG", "WS", "WV"],
  B: ["BS", "CF", "L", "LS", "M", "MK", "NN", "OX", "S", "ST"],
  C: ["BN", "CB", "E", "EC", "N", "NW", "SE", "SW", "W", "WC", "RG", "SO"],
  D: ["AB", "DD", "EH", "G", "IV", "KW", "PA", "PH", "TR", "PL"],
};

export const BASE_RATE = { A: 38.5, B: 44.0, C: 52.75, D: 71.2 };

export const SERVICES = {
  economy: { label: "Economy (48h)", uplift: 0 },
  nextday: { label: "Next day", uplift: 0.22 },
  am: { label: "Next day AM", uplift: 0.41 },
  timed: { label: "Timed (1h slot)", uplift: 0.65 },
};

export const SURCHARGES = {
  tailLift: 12.5,
  booking: 6.0,
  residential: 15.0,
  fuelPercent: 0.083,
};

export function zoneOf(postcode) {
  const area = String(postcode).trim().toUpperCase().match(/^[A-Z]{1,2}/)?.[0];
  if (!area) return null;
  for (const [zone, areas] of Object.entries(ZONES)) if (areas.includes(area)) return zone;
  return null;
}
