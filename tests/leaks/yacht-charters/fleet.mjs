/** The season's fleet, with weekly rates by season band (in the owner's currency). */
export const FLEET = new Map(
  [
    {
      id: "lagoon-42",
      name: "Aiolos",
      model: "Lagoon 42",
      berths: 10,
      base: "Lefkada",
      currency: "EUR",
      weekly: { low: 4900, mid: 6800, high: 9400 },
    },
    {
      id: "bavaria-c46",
      name: "Meltemi",
      model: "Bavaria C46",
      berths: 8,
      base: "Lefkada",
      currency: "EUR",
      weekly: { low: 3100, mid: 4300, high: 5900 },
    },
    {
      id: "oceanis-51",
      name: "Thalassa",
      model: "Beneteau Oceanis 51.1",
      berths: 10,
      base: "Corfu",
      currency: "EUR",
      weekly: { low: 4200, mid: 5600, high: 7700 },
    },
    {
      id: "sunreef-60",
      name: "Kyma",
      model: "Sunreef 60",
      berths: 8,
      base: "Corfu",
      currency: "EUR",
      weekly: { low: 19500, mid: 24000, high: 31000 },
    },
  ].map((y) => [y.id, y]),
);

export const EXTRAS = {
  skipper: { label: "Skipper", perWeek: 1400 },
  hostess: { label: "Hostess / cook", perWeek: 1100 },
  sup: { label: "Stand-up paddle board", perWeek: 120 },
  outboard: { label: "Outboard for the tender", perWeek: 90 },
  transitLog: { label: "Transit log and cleaning", perWeek: 260 },
};

export function bandOf(date) {
  const month = Number(date.slice(5, 7));
  if (month === 7 || month === 8) return "high";
  if (month === 6 || month === 9) return "mid";
  return "low";
}
