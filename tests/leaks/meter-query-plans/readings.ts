import { Database, type Row } from "./db.ts";

// The meters repository: every query the API needs, in one place.
export class MeterRepository {
  constructor(readonly db: Database) {}

  async meter(id: string): Promise<Row | undefined> {
    const [row] = await this.db.query("SELECT * FROM meters WHERE id = ?", [id]);
    return row;
  }

  tariff(code: string): Promise<Row[]> {
    return this.db.query("SELECT code, pence_per_kwh, standing_pence FROM tariffs WHERE code = ?", [
      code,
    ]);
  }

  readingsSince(meterId: string, from: number, limit = 48): Promise<Row[]> {
    return this.db.query(
      `SELECT id, taken_at, kwh FROM readings WHERE meter_id = '${meterId}' AND taken_at >= ${from} ORDER BY taken_at LIMIT ${limit}`,
    );
  }

  async latestReading(meterId: string): Promise<Row | undefined> {
    const [row] = await this.db.query(
      `SELECT id, taken_at, kwh FROM readings WHERE meter_id = '${meterId}' ORDER BY taken_at DESC LIMIT 1`,
    );
    return row;
  }
}

/** A database with 1000 meters on three tariffs and twelve half-hourly readings each. */
export function seed(): Database {
  const db = new Database();
  const tariffs = [["FLEX-24", 24.5, 53.2], ["GO-EV", 8.5, 47.9], ["FIXED-12", 27.1, 49.8]];
  for (const [code, pence, standing] of tariffs) {
    db.insert("tariffs", { code, pence_per_kwh: pence, standing_pence: standing });
  }
  const start = 1_730_000_000;
  for (let n = 1; n <= 1000; n++) {
    const id = `M-${n}`;
    db.insert("meters", {
      id,
      mpan: `19${String(n).padStart(11, "0")}`,
      tariff: tariffs[n % 3][0],
      postcode: `LS${n % 30} ${n % 9}QT`,
      installed: "2023-04-01",
    });
    for (let r = 0; r < 12; r++) {
      db.insert("readings", {
        id: `${id}-${r}`,
        meter_id: id,
        taken_at: start + r * 1800,
        kwh: Math.round(((n * 7 + r * 13) % 90) / 10 * 100) / 100,
      });
    }
  }
  return db;
}
