import { isObject, type JsonObject, mergePatch } from "./merge.ts";

/**
 * A device shadow as the IoT platforms keep it: what the device last reported, what the app
 * wants it to be, and when each top-level attribute last changed. Devices and the app both
 * update it with merge patches; the delta (desired but not yet reported) goes back to the device.
 */
export interface Shadow {
  deviceId: string;
  state: { desired: JsonObject; reported: JsonObject };
  metadata: { desired: Record<string, number>; reported: Record<string, number> };
  version: number;
  updatedAt: number;
}

const shadows = new Map<string, Shadow>();

export const FLEET = ["coldroom-1", "coldroom-2", "freezer-1", "freezer-2", "dairy-case"];
for (const deviceId of FLEET) {
  shadows.set(deviceId, {
    deviceId,
    state: { desired: { setpointC: deviceId.startsWith("freezer") ? -20 : 3 }, reported: {} },
    metadata: { desired: { setpointC: Date.now() }, reported: {} },
    version: 1,
    updatedAt: Date.now(),
  });
}

export function shadowOf(deviceId: string): Shadow | undefined {
  return shadows.get(deviceId);
}

export function update(
  shadow: Shadow,
  patch: { state?: { desired?: JsonObject; reported?: JsonObject }; version?: number },
): { version: number; delta: JsonObject } | { conflict: number } {
  if (patch.version !== undefined && patch.version !== shadow.version) {
    return { conflict: shadow.version };
  }
  const now = Date.now();
  for (const side of ["desired", "reported"] as const) {
    const part = patch.state?.[side];
    if (!isObject(part)) continue;
    for (const key of mergePatch(shadow.state[side], part)) shadow.metadata[side][key] = now;
  }
  shadow.version++;
  shadow.updatedAt = now;
  return { version: shadow.version, delta: deltaOf(shadow) };
}

/** Desired values the device has not reported yet. */
export function deltaOf(shadow: Shadow): JsonObject {
  const delta: JsonObject = {};
  for (const [key, value] of Object.entries(shadow.state.desired)) {
    if (JSON.stringify(shadow.state.reported[key]) !== JSON.stringify(value)) delta[key] = value;
  }
  return delta;
}
