/** A raw reading as the DCC adapter sends it: watt-hours for a half-hour, per meter point. */
export interface RawReading {
  mpan: string;
  start: string;
  wh: number;
  quality?: "A" | "E" | "M";
}

/** A reading as the warehouse stores it. */
export interface Row {
  mpan: string;
  day: string;
  period: number;
  kwh: number;
  estimated: boolean;
}

export interface Rejected {
  index: number;
  reason: string;
}

const MPAN = /^\d{13}$/;

/** Validates raw readings and turns them into rows: kWh, settlement day and period (1–48). */
export function transform(raw: RawReading[]): { rows: Row[]; rejected: Rejected[] } {
  const rows: Row[] = [];
  const rejected: Rejected[] = [];
  raw.forEach((r, index) => {
    if (!MPAN.test(String(r.mpan))) {
      return rejected.push({ index, reason: "MPAN is not 13 digits" });
    }
    const start = new Date(r.start);
    if (Number.isNaN(start.getTime())) return rejected.push({ index, reason: "bad start time" });
    const minutes = start.getUTCHours() * 60 + start.getUTCMinutes();
    if (minutes % 30 !== 0) {
      return rejected.push({ index, reason: "start is not on a half-hour boundary" });
    }
    if (typeof r.wh !== "number" || r.wh < 0 || r.wh > 50_000) {
      return rejected.push({ index, reason: `implausible consumption ${r.wh} Wh` });
    }
    rows.push({
      mpan: r.mpan,
      day: start.toISOString().slice(0, 10),
      period: minutes / 30 + 1,
      kwh: r.wh / 1000,
      estimated: r.quality === "E",
    });
  });
  return { rows, rejected };
}
