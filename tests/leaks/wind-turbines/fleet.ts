import { type Reading, ReadingWindow } from "./window.ts";

export class FleetError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export type TurbineState = "running" | "curtailed" | "stopped" | "fault";

export interface Turbine {
  id: string;
  site: string;
  model: string;
  ratedKw: number;
  cutInMs: number;
  ratedMs: number;
  state: TurbineState;
  lastSeen?: string;
  window: ReadingWindow;
}

// one day of 10-minute SCADA averages per turbine
const WINDOW_SIZE = 144;

const MODELS: Record<string, { ratedKw: number; cutInMs: number; ratedMs: number }> = {
  "V112-3.45": { ratedKw: 3450, cutInMs: 3, ratedMs: 12 },
  "SG 4.5-145": { ratedKw: 4500, cutInMs: 3, ratedMs: 11 },
};

export const fleet = new Map<string, Turbine>();
for (
  const [id, site, model] of [
    ["T-01", "Moel Maelogan", "V112-3.45"],
    ["T-07", "Burbo Bank", "SG 4.5-145"],
  ]
) {
  fleet.set(id, {
    id,
    site,
    model,
    ...MODELS[model],
    state: "running",
    window: new ReadingWindow(WINDOW_SIZE),
  });
}

export function getTurbine(id: string): Turbine {
  const turbine = fleet.get(id);
  if (!turbine) throw new FleetError(404, `unknown turbine ${id}`);
  return turbine;
}

function expectedPower(t: Turbine, windMs: number): number {
  if (windMs < t.cutInMs || windMs > 25) return 0;
  if (windMs >= t.ratedMs) return t.ratedKw;
  const f = (windMs ** 3 - t.cutInMs ** 3) / (t.ratedMs ** 3 - t.cutInMs ** 3);
  return Math.round(t.ratedKw * f);
}

type Optional = "pitchDeg" | "yawDeg" | "nacelleC" | "gearboxC";
type Sample =
  & { ts: number; windMs: number; rpm: number; powerKw: number }
  & Partial<
    Pick<Reading, Optional>
  >;

function toReading(t: Turbine, s: Sample): Reading {
  if (typeof s.ts !== "number" || typeof s.windMs !== "number") {
    throw new FleetError(400, "sample needs ts and windMs");
  }
  const expectedKw = expectedPower(t, s.windMs);
  const deviationPct = expectedKw ? ((s.powerKw - expectedKw) / expectedKw) * 100 : 0;
  const flags: string[] = [];
  if (deviationPct < -15) flags.push("underperforming");
  if ((s.gearboxC ?? 0) > 80) flags.push("gearbox-hot");
  if (s.powerKw < 0) flags.push("consuming");
  return {
    turbineId: t.id,
    at: new Date(s.ts * 1000).toISOString(),
    windMs: s.windMs,
    rotorRpm: s.rpm,
    powerKw: s.powerKw,
    pitchDeg: s.pitchDeg ?? 0,
    yawDeg: s.yawDeg ?? 0,
    nacelleC: s.nacelleC ?? 0,
    gearboxC: s.gearboxC ?? 0,
    expectedKw,
    deviationPct: Math.round(deviationPct * 10) / 10,
    flags,
  };
}

export function ingest(t: Turbine, samples: Sample[]): Reading[] {
  if (!Array.isArray(samples) || samples.length === 0) {
    throw new FleetError(400, "samples must be a non-empty array");
  }
  const readings = samples.map((s) => toReading(t, s));
  t.window.append(readings);
  t.lastSeen = readings[readings.length - 1].at;
  return readings;
}

export function summary(t: Turbine) {
  let energyKwh = 0, wind = 0, n = 0;
  for (const r of t.window) {
    energyKwh += r.powerKw / 6;
    wind += r.windMs;
    n++;
  }
  return {
    id: t.id,
    site: t.site,
    model: t.model,
    state: t.state,
    lastSeen: t.lastSeen ?? null,
    samples: n,
    energyMwh: Math.round(energyKwh) / 1000,
    meanWindMs: n ? Math.round((wind / n) * 10) / 10 : null,
    capacityFactor: n ? Math.round((energyKwh / ((n / 6) * t.ratedKw)) * 1000) / 1000 : null,
  };
}
