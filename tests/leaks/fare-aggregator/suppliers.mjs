// Simulated airline fare APIs: each answers after a few milliseconds with a page of offers.

const SUPPLIERS = [
  { code: "KL", name: "KLM", baseCents: 8900, latencyMs: 4 },
  { code: "U2", name: "easyJet", baseCents: 4900, latencyMs: 2 },
  { code: "LH", name: "Lufthansa", baseCents: 11900, latencyMs: 6 },
];

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function hash(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

export async function fetchFares(supplier, { from, to, date, passengers }) {
  await sleep(supplier.latencyMs);
  const seed = hash(`${supplier.code}|${from}|${to}|${date}`);
  const offers = [];
  for (let n = 0; n < 4; n++) {
    const cents = supplier.baseCents + ((seed >> (n * 3)) % 40) * 250;
    offers.push({
      id: `${supplier.code}-${from}${to}-${date}-${n}`,
      flight: `${supplier.code}${1000 + ((seed >> n) % 900)}`,
      departs: `${date}T${String(6 + n * 4).padStart(2, "0")}:${(seed >> n) % 2 ? "15" : "45"}`,
      fareCents: cents * passengers,
      fareClass: n === 3 ? "flex" : "basic",
      baggage: n === 3 ? "23kg" : "cabin only",
    });
  }
  return { supplier: supplier.code, name: supplier.name, receivedAt: Date.now(), offers };
}

export { SUPPLIERS };
