import { config } from "./config.mjs";

const timeoutMs = Number(config.WAREHOUSE_TIMEOUT_MS);

const DCS = [
  { id: "DC-TIL", name: "Tilburg", cutoff: "16:00", countries: ["NL", "BE"] },
  { id: "DC-VNL", name: "Venlo", cutoff: "18:00", countries: ["NL", "DE"] },
  { id: "DC-LIL", name: "Lille", cutoff: "15:00", countries: ["FR", "BE"] },
];

/**
 * Stock per distribution centre for a SKU, as the WMS reports it. Stands in for
 * `GET ${config.WAREHOUSE_URL}/stock/:sku`: answers after a short delay, or times out.
 */
export async function fetchStock(sku, country) {
  const started = Date.now();
  await new Promise((resolve) => setTimeout(resolve, 2));
  if (Date.now() - started > timeoutMs) throw new Error(`WMS timeout for ${sku}`);
  let seed = 0;
  for (const ch of sku) seed = (seed * 31 + ch.charCodeAt(0)) >>> 0;
  return DCS.filter((dc) => dc.countries.includes(country)).map((dc, n) => ({
    dc: dc.id,
    name: dc.name,
    onHand: (seed >> (n * 4)) % 40,
    reserved: (seed >> (n * 3)) % 5,
    cutoff: dc.cutoff,
    nextInbound: {
      eta: new Date(Date.now() + 86_400_000 * (1 + (seed % 6))).toISOString(),
      qty: 24,
    },
  }));
}
