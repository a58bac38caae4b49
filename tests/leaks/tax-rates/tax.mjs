const RULES = {
  NL: { standard: 0.21, name: "BTW" },
  DE: { standard: 0.19, name: "MwSt" },
  FR: { standard: 0.2, name: "TVA" },
  US: { standard: 0, name: "Sales tax", byPrefix: { "9": 0.0725, "1": 0.04, "6": 0.0625 } },
};

export function computeTax(country, postcode, amount) {
  const rule = RULES[country];
  if (!rule) return null;
  const rate = rule.byPrefix?.[postcode[0]] ?? rule.standard;
  const tax = Math.round(amount * rate * 100) / 100;
  return {
    country,
    postcode,
    taxName: rule.name,
    rate,
    net: amount,
    tax,
    gross: Math.round((amount + tax) * 100) / 100,
    computedAt: new Date().toISOString(),
  };
}
