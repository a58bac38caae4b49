// The meter registry lives in the billing database; this is the thin client the service uses.

export interface Reading {
  at: string;
  value: number;
  source: "smart" | "manual" | "estimate";
}

export interface MeterRow {
  id: string;
  serial: string;
  account: string;
  address: { line1: string; town: string; postcode: string };
  tariff: string;
  sizeMm: number;
  readings: Reading[];
  dirty: boolean;
  loadedAt: number;
  flushedAt?: number;
}

const TOWNS = ["Bristol", "Bath", "Weston-super-Mare", "Clevedon", "Portishead"];
const STREETS = ["Gloucester Road", "Whiteladies Road", "Church Lane", "Station Road", "Mill Lane"];
let writes = 0;

function seed(id: string) {
  let h = 7;
  for (const ch of id) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return h;
}

export async function loadMeter(id: string): Promise<MeterRow> {
  await new Promise((r) => setTimeout(r, 3));
  const h = seed(id);
  const base = 1000 + (h % 5000);
  const readings: Reading[] = [];
  for (let m = 0; m < 4; m++) {
    readings.push({
      at: new Date(Date.UTC(2025, m, 1)).toISOString(),
      value: base + m * (8 + (h % 7)),
      source: m % 2 ? "estimate" : "smart",
    });
  }
  return {
    id,
    serial: `KAM-${(h % 900000 + 100000).toString()}`,
    account: `ACC${(h % 9000000).toString().padStart(7, "0")}`,
    address: {
      line1: `${(h % 180) + 1} ${STREETS[h % STREETS.length]}`,
      town: TOWNS[h % TOWNS.length],
      postcode: `BS${(h % 40) + 1} ${(h % 9) + 1}${"ABDEFGHJLNPQRSTUWXYZ"[h % 20]}${
        "ABDEFGHJLNPQRSTUWXYZ"[(h >> 3) % 20]
      }`,
    },
    tariff: h % 3 ? "domestic-metered" : "domestic-metered-social",
    sizeMm: h % 4 ? 15 : 22,
    readings,
    dirty: false,
    loadedAt: Date.now(),
  };
}

export async function saveMeters(rows: MeterRow[]): Promise<number> {
  await new Promise((r) => setTimeout(r, 10));
  // one UPSERT per row in production; here we only count them
  writes += rows.length;
  return rows.length;
}

export function writeCount() {
  return writes;
}
