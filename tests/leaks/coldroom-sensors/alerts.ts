import type { Shadow } from "./shadow.ts";

export interface Alarm {
  deviceId: string;
  kind: "temperature" | "door" | "offline";
  message: string;
  since: number;
}

// HACCP limits: a chilled room may drift 2 °C above its setpoint, a freezer 3 °C; a door left
// open for longer than the grace period raises an alarm too.
const DRIFT_C = { chilled: 2, frozen: 3 };
const DOOR_GRACE_MS = 5 * 60_000;
const OFFLINE_MS = 10 * 60_000;

const active = new Map<string, Alarm>(); // `${deviceId}:${kind}` -> alarm

function raise(deviceId: string, kind: Alarm["kind"], message: string, on: boolean) {
  const key = `${deviceId}:${kind}`;
  if (!on) {
    active.delete(key);
  } else if (!active.has(key)) {
    active.set(key, { deviceId, kind, message, since: Date.now() });
  }
}

export function evaluate(shadow: Shadow, now = Date.now()) {
  const { desired, reported } = shadow.state;
  const setpoint = Number(desired.setpointC);
  const temp = Number(reported.temperatureC);
  const drift = setpoint < -5 ? DRIFT_C.frozen : DRIFT_C.chilled;
  raise(
    shadow.deviceId,
    "temperature",
    `${temp} °C, setpoint ${setpoint} °C`,
    temp > setpoint + drift,
  );
  const doorSince = Number(reported.doorOpenSince) || 0;
  raise(shadow.deviceId, "door", "door open", doorSince > 0 && now - doorSince > DOOR_GRACE_MS);
  const seen = shadow.metadata.reported.temperatureC ?? 0;
  raise(shadow.deviceId, "offline", "no report", seen > 0 && now - seen > OFFLINE_MS);
}

export function alarms(): Alarm[] {
  return [...active.values()];
}
