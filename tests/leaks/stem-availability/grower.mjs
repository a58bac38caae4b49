// Stand-in for the growers' availability API (Aalsmeer clock feed in production).
const FARMS = ["Kwekerij De Vries", "Royal Lemkes", "Van der Plas Roses", "Hoek Flowers"];
const VARIETIES = ["Avalanche+", "Red Naomi!", "Sweet Avalanche", "Pink Floyd", "Esperance"];

let calls = 0;

function hash(s) {
  let h = 2166136261;
  for (const ch of s) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h >>> 0;
}

export async function fetchAvailability(sku, week) {
  calls++;
  await new Promise((r) => setTimeout(r, 4));
  const h = hash(`${sku}:${week}`);
  const lots = [];
  for (let n = 0; n < 3; n++) {
    lots.push({
      lot: `${sku}-${week}-${n + 1}`,
      farm: FARMS[(h + n) % FARMS.length],
      variety: VARIETIES[(h >>> n) % VARIETIES.length],
      stemLengthCm: 50 + ((h >>> (n * 3)) % 4) * 10,
      boxes: 2 + ((h >>> (n * 2)) % 9),
      stemsPerBox: 100,
      priceEur: Number((0.28 + ((h >>> n) % 20) / 100).toFixed(2)),
    });
  }
  return {
    sku,
    week,
    fetchedAt: new Date().toISOString(),
    lots,
    note: `Cut ${week === "24" ? "Monday" : "Thursday"}, ships from Aalsmeer via Rotterdam hub`,
  };
}

export function upstreamCalls() {
  return calls;
}
