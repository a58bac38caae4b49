import type { Reading } from "./window.ts";
import type { Turbine, TurbineState } from "./fleet.ts";

export type Alarm = { turbineId: string; code: string; at: string; detail: string };

const RULES: { code: string; test: (r: Reading) => boolean; detail: (r: Reading) => string }[] = [
  { code: "GBX-TEMP", test: (r) => r.gearboxC > 85, detail: (r) => `gearbox ${r.gearboxC}°C` },
  { code: "NAC-TEMP", test: (r) => r.nacelleC > 55, detail: (r) => `nacelle ${r.nacelleC}°C` },
  { code: "PWR-CURVE", test: (r) => r.deviationPct < -25, detail: (r) => `${r.deviationPct}%` },
];

const active = new Map<string, Set<string>>();

export function evaluate(t: Turbine, readings: Reading[]): Alarm[] {
  const raised: Alarm[] = [];
  const codes = active.get(t.id) ?? new Set<string>();
  active.set(t.id, codes);
  for (const r of readings) {
    for (const rule of RULES) {
      if (rule.test(r)) {
        if (!codes.has(rule.code)) {
          codes.add(rule.code);
          raised.push({ turbineId: t.id, code: rule.code, at: r.at, detail: rule.detail(r) });
        }
      } else codes.delete(rule.code);
    }
  }
  return raised;
}

export function stateFor(t: Turbine, readings: Reading[]): TurbineState {
  const last = readings[readings.length - 1];
  if (active.get(t.id)?.has("GBX-TEMP")) return "fault";
  if (last.powerKw === 0 && last.windMs > t.cutInMs) return "stopped";
  if (last.powerKw < last.expectedKw * 0.8) return "curtailed";
  return "running";
}
