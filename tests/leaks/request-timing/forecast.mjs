const CONDITIONS = ["sunny", "cloudy", "rain", "showers", "wind", "fog"];

function seedOf(text) {
  let h = 7;
  for (const ch of text.toLowerCase()) h = (h * 31 + ch.charCodeAt(0)) % 1_000_003;
  return h;
}

/** A made-up but stable forecast per city (the provider integration is stubbed here). */
export function forecast(city, days) {
  const seed = seedOf(city);
  const today = new Date();
  return {
    city,
    generatedAt: today.toISOString(),
    days: Array.from({ length: days }, (_, n) => {
      const date = new Date(today.getTime() + n * 86_400_000).toISOString().slice(0, 10);
      const base = 8 + ((seed >> n) % 15);
      return {
        date,
        condition: CONDITIONS[(seed + n) % CONDITIONS.length],
        minC: base,
        maxC: base + 4 + (seed % 5),
        rainMm: ((seed * (n + 1)) % 90) / 10,
      };
    }),
  };
}
