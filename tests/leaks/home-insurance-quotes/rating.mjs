// Buildings and contents rating for home insurance. A risk the rules cannot price is referred
// to an underwriter instead.

const FLOOD_POSTCODES = ["8261", "8262", "6681"];
const BASE_RATE_PER_MILLE = { buildings: 0.42, contents: 1.85 };

export function referralReasons(risk) {
  const reasons = [];
  if (risk.roof === "thatched") reasons.push("thatched roof: fire survey needed");
  if (risk.rebuildValue > 1_200_000) reasons.push("rebuild value above the €1.2m authority");
  if (risk.claimsLast5y >= 2) reasons.push(`${risk.claimsLast5y} claims in five years`);
  if (FLOOD_POSTCODES.includes(String(risk.postcode).slice(0, 4))) {
    reasons.push(`postcode ${risk.postcode} is in a flood zone`);
  }
  return reasons;
}

export function rate(risk) {
  const reasons = referralReasons(risk);
  if (reasons.length > 0) {
    // The underwriter gets the whole risk with the referral.
    return {
      status: "referred",
      reasons,
      risk: { ...risk },
      premiumCents: null,
      breakdown: [],
      ratedAt: new Date().toISOString(),
    };
  }
  const breakdown = [
    {
      cover: "buildings",
      cents: Math.round((risk.rebuildValue / 1000) * BASE_RATE_PER_MILLE.buildings * 100),
    },
    {
      cover: "contents",
      cents: Math.round((risk.contentsValue / 1000) * BASE_RATE_PER_MILLE.contents * 100),
    },
  ];
  if (risk.accidentalDamage) breakdown.push({ cover: "accidental damage", cents: 3900 });
  if (risk.claimsLast5y === 1) breakdown.push({ cover: "claims loading", cents: 2500 });
  const net = breakdown.reduce((sum, line) => sum + line.cents, 0);
  const ipt = Math.round(net * 0.21); // assurantiebelasting
  return {
    status: "priced",
    reasons: [],
    premiumCents: net + ipt,
    breakdown: [...breakdown, { cover: "insurance premium tax", cents: ipt }],
    ratedAt: new Date().toISOString(),
  };
}
