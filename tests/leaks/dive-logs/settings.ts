export interface ComputerSettings {
  salinity: "salt" | "fresh";
  gfLow: number;
  gfHigh: number;
  ppo2Max: number;
  alarms: { depthM: number; ndlMin: number };
  note?: string;
  updatedBy?: string;
  updatedAt?: string;
}

export class SettingsError extends Error {
  status = 422;
}

export const FACTORY: ComputerSettings = {
  salinity: "salt",
  gfLow: 40,
  gfHigh: 85,
  ppo2Max: 1.4,
  alarms: { depthM: 40, ndlMin: 3 },
};

const EDITABLE = new Set(["salinity", "gfLow", "gfHigh", "ppo2Max", "alarms", "note"]);

function inRange(name: string, v: unknown, lo: number, hi: number): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n < lo || n > hi) {
    throw new SettingsError(`${name} must be between ${lo} and ${hi}`);
  }
  return n;
}

export function validatePatch(
  raw: Record<string, unknown>,
  current: ComputerSettings,
): Partial<ComputerSettings> {
  const patch: Partial<ComputerSettings> = {};
  for (const key of Object.keys(raw)) {
    if (!EDITABLE.has(key)) throw new SettingsError(`${key} cannot be changed`);
  }
  if (raw.salinity === "salt" || raw.salinity === "fresh") patch.salinity = raw.salinity;
  if (raw.gfLow !== undefined) patch.gfLow = inRange("gfLow", raw.gfLow, 10, 100);
  if (raw.gfHigh !== undefined) patch.gfHigh = inRange("gfHigh", raw.gfHigh, 10, 100);
  if ((patch.gfLow ?? current.gfLow) > (patch.gfHigh ?? current.gfHigh)) {
    throw new SettingsError("gfLow cannot exceed gfHigh");
  }
  if (raw.ppo2Max !== undefined) patch.ppo2Max = inRange("ppo2Max", raw.ppo2Max, 1.0, 1.6);
  if (raw.alarms !== undefined) {
    const a = { ...current.alarms, ...(raw.alarms as Partial<ComputerSettings["alarms"]>) };
    patch.alarms = {
      depthM: inRange("depthM", a.depthM, 5, 130),
      ndlMin: inRange("ndlMin", a.ndlMin, 0, 10),
    };
  }
  if (raw.note !== undefined) patch.note = String(raw.note).slice(0, 200);
  return patch;
}

/** A new revision on top of `current`; fields it does not set fall through to the earlier ones. */
export function revise(
  current: ComputerSettings,
  patch: Partial<ComputerSettings>,
  by: string,
): ComputerSettings {
  const revision = Object.create(current) as ComputerSettings;
  return Object.assign(revision, patch, { updatedBy: by, updatedAt: new Date().toISOString() });
}

/** Steps back one revision (never past the factory defaults). */
export function previous(current: ComputerSettings): ComputerSettings {
  const prev = Object.getPrototypeOf(current);
  return prev && prev !== Object.prototype ? prev : current;
}

export function effective(s: ComputerSettings): ComputerSettings {
  const out: Record<string, unknown> = {};
  for (const key in s) out[key] = (s as unknown as Record<string, unknown>)[key];
  return out as unknown as ComputerSettings;
}

export function recentChanges(s: ComputerSettings, limit = 5) {
  const changes = [];
  for (let r = s; r !== FACTORY && changes.length < limit; r = Object.getPrototypeOf(r)) {
    changes.push({
      at: r.updatedAt,
      by: r.updatedBy,
      fields: Object.keys(r).filter((k) => k !== "updatedAt" && k !== "updatedBy"),
    });
  }
  return changes;
}
