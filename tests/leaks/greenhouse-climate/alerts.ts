import type { Reading, SensorId } from "./sensors.ts";

export interface Alert {
  sensor: SensorId;
  kind: "too-hot" | "too-cold" | "co2-high";
  value: number;
  at: string;
}

const MAX_ALERTS = 25;
const recent: Alert[] = [];

const LIMITS = { maxTemperature: 30, minTemperature: 8, maxCo2: 1500 };

export function checkReading(sensor: SensorId, r: Reading): Alert[] {
  const found: Alert[] = [];
  const at = new Date(r.at).toISOString();
  if (r.temperature > LIMITS.maxTemperature) {
    found.push({ sensor, kind: "too-hot", value: r.temperature, at });
  }
  if (r.temperature < LIMITS.minTemperature) {
    found.push({ sensor, kind: "too-cold", value: r.temperature, at });
  }
  if (r.co2 > LIMITS.maxCo2) found.push({ sensor, kind: "co2-high", value: r.co2, at });
  if (found.length) {
    recent.unshift(...found);
    if (recent.length > MAX_ALERTS) recent.splice(MAX_ALERTS);
  }
  return found;
}

export function recentAlerts(): readonly Alert[] {
  return recent;
}
