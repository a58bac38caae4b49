// Payment rates of the sustainable farming schemes a claim can be made under (per hectare or
// per 100 m, per year).
export const SCHEMES = {
  "SFI-2030": {
    name: "Sustainable Farming Incentive 2030",
    actions: {
      CSAM1: { label: "Assess soil, test soil organic matter", rate: 6, unit: "ha", cap: null },
      CSAM2: { label: "Multi-species winter cover", rate: 129, unit: "ha", cap: null },
      AHL1: { label: "Pollen and nectar flower mix", rate: 739, unit: "ha", cap: 0.25 },
      BND1: { label: "Maintain dry stone walls", rate: 27, unit: "100m", cap: null },
      IPM1: { label: "Integrated pest management plan", rate: 989, unit: "farm", cap: null },
    },
  },
  "CS-HT": {
    name: "Countryside Stewardship Higher Tier",
    actions: {
      GS6: { label: "Management of species-rich grassland", rate: 646, unit: "ha", cap: null },
      WD2: { label: "Woodland improvement", rate: 150, unit: "ha", cap: null },
    },
  },
};

export const LAND_USES = new Set(["AC01", "PG01", "TG01", "WO12", "FA01", "HE02"]);

export function estimate(schemeId, parcels) {
  const scheme = SCHEMES[schemeId];
  const lines = [];
  const farmArea = parcels.reduce((s, p) => s + p.areaHa, 0);
  for (const p of parcels) {
    for (const code of p.actions ?? []) {
      const action = scheme.actions[code];
      if (!action) continue;
      let quantity = action.unit === "ha"
        ? p.areaHa
        : action.unit === "100m"
        ? (p.wallM ?? 0) / 100
        : 1;
      if (action.cap) quantity = Math.min(quantity, farmArea * action.cap);
      lines.push({
        parcel: p.parcelId,
        code,
        label: action.label,
        quantity,
        amount: Math.round(quantity * action.rate * 100) / 100,
      });
    }
  }
  return { lines, total: Math.round(lines.reduce((s, l) => s + l.amount, 0) * 100) / 100 };
}
