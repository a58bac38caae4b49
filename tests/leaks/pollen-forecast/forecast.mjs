// Pollen forecasts per region, computed from the day's model run (loaded at startup and
// refreshed by the ingest job; here a deterministic stand-in for the model output).

export const REGIONS = {
  groningen: { name: "Groningen", lat: 53.22, lon: 6.57 },
  utrecht: { name: "Utrecht", lat: 52.09, lon: 5.12 },
  zeeland: { name: "Zeeland", lat: 51.5, lon: 3.61 },
  limburg: { name: "Limburg", lat: 50.85, lon: 5.69 },
  "noord-holland": { name: "Noord-Holland", lat: 52.58, lon: 4.87 },
};

export const SPECIES = ["birch", "alder", "oak", "grass", "mugwort", "plantain"];

const LEVELS = ["none", "low", "moderate", "high", "very high"];

// Grains per m³ thresholds for the levels, per species group (trees flower earlier and
// harder; grasses cause symptoms at lower counts).
const THRESHOLDS = {
  tree: [1, 30, 90, 200],
  grass: [1, 10, 30, 80],
  weed: [1, 15, 40, 100],
};

const GROUP = {
  birch: "tree",
  alder: "tree",
  oak: "tree",
  grass: "grass",
  mugwort: "weed",
  plantain: "weed",
};

function modelCount(region, species, dayOffset) {
  const { lat, lon } = REGIONS[region];
  const seed = (lat * 97 + lon * 31 + species.length * 13 + dayOffset * 7) % 1;
  const seasonal = species === "grass" ? 55 : GROUP[species] === "tree" ? 120 : 20;
  return Math.round(seasonal * (0.4 + Math.abs(Math.sin(seed * 10 + dayOffset))));
}

function level(species, count) {
  const limits = THRESHOLDS[GROUP[species]];
  let i = 0;
  while (i < limits.length && count >= limits[i]) i++;
  return LEVELS[i];
}

export function forecast(region, days, species = SPECIES) {
  if (!REGIONS[region]) return null;
  const today = new Date();
  const out = [];
  for (let d = 0; d < days; d++) {
    const date = new Date(today.getTime() + d * 86_400_000).toISOString().slice(0, 10);
    const counts = {};
    for (const s of species) {
      const count = modelCount(region, s, d);
      counts[s] = { grainsPerM3: count, level: level(s, count) };
    }
    out.push({ date, species: counts });
  }
  return { region: REGIONS[region].name, issued: today.toISOString(), days: out };
}
