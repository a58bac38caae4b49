/**
 * Devices installed in the managed buildings. Every device object is reachable by serial from
 * the moment it exists, so telemetry that arrives while a device is still being set up (the
 * hardware starts reporting as soon as it has power) finds its target.
 */

export class ProvisioningError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export interface Reading {
  at: number;
  metric: string;
  value: number;
}

export type DeviceStatus = "provisioning" | "active" | "retired";

export const fleet = new Map<string, Device>();

const MAX_READINGS = 20;

export abstract class Device {
  abstract readonly kind: string;
  status: DeviceStatus = "provisioning";
  readonly installedAt = new Date().toISOString();
  readonly readings: Reading[] = [];
  readonly tags: Record<string, string>;

  constructor(
    readonly serial: string,
    readonly building: string,
    readonly floor: number,
    tags: Record<string, string> = {},
  ) {
    if (fleet.has(serial)) throw new ProvisioningError(409, `${serial} is already installed`);
    this.tags = { ...tags, building, floor: String(floor) };
    fleet.set(this.serial, this);
  }

  report(metric: string, value: number) {
    this.readings.push({ at: Date.now(), metric, value });
    if (this.readings.length > MAX_READINGS) {
      this.readings.splice(0, this.readings.length - MAX_READINGS);
    }
  }

  activate() {
    this.status = "active";
  }

  retire() {
    this.status = "retired";
    fleet.delete(this.serial);
  }

  summary() {
    return {
      serial: this.serial,
      kind: this.kind,
      status: this.status,
      building: this.building,
      floor: this.floor,
      lastReading: this.readings.at(-1) ?? null,
    };
  }
}
