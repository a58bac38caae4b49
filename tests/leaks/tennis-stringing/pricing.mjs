// Labour and string prices. The list only changes with a deploy.

export const STRINGS = {
  "luxilon-alu-power": { name: "Luxilon ALU Power 1.25", kind: "polyester", price: 24.5 },
  "babolat-rpm-blast": { name: "Babolat RPM Blast 1.30", kind: "polyester", price: 21 },
  "wilson-nxt": { name: "Wilson NXT 16", kind: "multifilament", price: 22 },
  "tecnifibre-x-one": { name: "Tecnifibre X-One Biphase", kind: "multifilament", price: 23.5 },
  "prince-synthetic-gut": { name: "Prince Synthetic Gut 16", kind: "synthetic", price: 9 },
  "babolat-vs-touch": { name: "Babolat VS Touch natural gut", kind: "gut", price: 48 },
};

const LABOUR = { standard: 15, express: 22, hybrid: 18 };

export function quote({ string, crossString, express }) {
  const mains = STRINGS[string];
  if (!mains) throw new RangeError(`unknown string ${string}`);
  const crosses = crossString ? STRINGS[crossString] : mains;
  if (!crosses) throw new RangeError(`unknown string ${crossString}`);
  const hybrid = crosses !== mains;
  const labour = express ? LABOUR.express : hybrid ? LABOUR.hybrid : LABOUR.standard;
  const material = hybrid ? (mains.price + crosses.price) / 2 : mains.price;
  return { labour, material, total: Math.round((labour + material) * 100) / 100, hybrid };
}

export function renderPriceList() {
  return JSON.stringify({
    currency: "GBP",
    labour: LABOUR,
    strings: Object.entries(STRINGS).map(([id, s]) => ({ id, ...s })),
  });
}
