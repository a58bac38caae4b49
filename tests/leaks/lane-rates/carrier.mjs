const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const LANES = new Map([
  ["NL-DE", { carrier: "DHL", baseCents: 695, perKgCents: 55, days: 2 }],
  ["NL-BE", { carrier: "PostNL", baseCents: 575, perKgCents: 40, days: 1 }],
  ["NL-FR", { carrier: "DPD", baseCents: 895, perKgCents: 70, days: 3 }],
  ["BE-DE", { carrier: "DHL", baseCents: 745, perKgCents: 60, days: 2 }],
]);

/** The carrier aggregator's quote API (slow; undefined for lanes nobody serves). */
export async function quoteLane(key) {
  await sleep(4);
  const [lane, weight] = key.split("|");
  const tariff = LANES.get(lane);
  if (!tariff) return undefined;
  const kg = Math.max(1, Math.ceil(Number(weight) / 1000));
  return {
    lane,
    carrier: tariff.carrier,
    priceCents: tariff.baseCents + kg * tariff.perKgCents,
    transitDays: tariff.days,
    quotedAt: new Date().toISOString(),
  };
}
