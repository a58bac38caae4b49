/** Demo data for the dashboard: a few hundred orders over three regions and a month. */

export interface OrderRow {
  id: string;
  customer: string;
  region: "emea" | "amer" | "apac";
  channel: "web" | "app" | "store";
  total: number;
  items: number;
  placed_at: string;
}

export interface CustomerRow {
  id: string;
  name: string;
  region: OrderRow["region"];
  segment: "consumer" | "smb" | "enterprise";
}

const REGIONS: OrderRow["region"][] = ["emea", "amer", "apac"];
const CHANNELS: OrderRow["channel"][] = ["web", "app", "store"];
const SEGMENTS: CustomerRow["segment"][] = ["consumer", "smb", "enterprise"];
const SURNAMES = ["Jansen", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Silva", "Novak", "Reyes"];

/** A small deterministic PRNG so the dashboard shows the same figures on every start. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function seedTables(): { orders: OrderRow[]; customers: CustomerRow[] } {
  const rand = mulberry32(20250601);
  const customers: CustomerRow[] = [];
  for (let n = 1; n <= 60; n++) {
    customers.push({
      id: `c-${n}`,
      name: `${SURNAMES[n % SURNAMES.length]} ${String.fromCharCode(65 + (n % 26))}.`,
      region: REGIONS[n % REGIONS.length],
      segment: SEGMENTS[Math.floor(rand() * SEGMENTS.length)],
    });
  }
  const orders: OrderRow[] = [];
  for (let n = 1; n <= 480; n++) {
    const customer = customers[Math.floor(rand() * customers.length)];
    const day = 1 + Math.floor(rand() * 30);
    orders.push({
      id: `SO-${String(10000 + n)}`,
      customer: customer.id,
      region: customer.region,
      channel: CHANNELS[Math.floor(rand() * CHANNELS.length)],
      total: Math.round(rand() * 90000) / 100 + 9.95,
      items: 1 + Math.floor(rand() * 6),
      placed_at: `2025-06-${String(day).padStart(2, "0")}T${
        String(8 + Math.floor(rand() * 12)).padStart(2, "0")
      }:15:00Z`,
    });
  }
  return { orders, customers };
}
