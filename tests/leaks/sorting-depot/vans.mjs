/** Today's delivery vans and the postcode areas of their routes (the planner sets them at 05:00). */

const VANS = [
  { id: "V-03", driver: "Mohamed Amrani", route: "Utrecht Binnenstad", areas: ["3511", "3512"] },
  { id: "V-07", driver: "Kim van Leeuwen", route: "Utrecht Oost", areas: ["3581", "3584", "3511"] },
  { id: "V-11", driver: "Dewi Sahertian", route: "Zeist", areas: ["3701", "3702", "3703"] },
  { id: "V-14", driver: "Tom Verbeek", route: "Nieuwegein", areas: ["3431", "3432", "3435"] },
];

export const vans = new Map(
  VANS.map((v) => [v.id, { ...v, loaded: 0, weightKg: 0, lastLoadedAt: null }]),
);

export function vanFor(postcode) {
  const area = String(postcode).replace(/\s+/g, "").slice(0, 4);
  for (const van of vans.values()) if (van.areas.includes(area)) return van;
  return undefined;
}

export function vanSummary(van) {
  const { id, driver, route, loaded, weightKg, lastLoadedAt } = van;
  return { id, driver, route, loaded, weightKg: Math.round(weightKg * 10) / 10, lastLoadedAt };
}
