import { Device, ProvisioningError } from "./device.ts";

export interface ThermostatConfig {
  zone: string;
  setpointC?: number;
  schedule?: { from: string; to: string; setpointC: number }[];
}

export class Thermostat extends Device {
  readonly kind = "thermostat";
  readonly zone: string;
  setpointC: number;
  readonly schedule: { from: string; to: string; setpointC: number }[];

  constructor(serial: string, building: string, floor: number, config: ThermostatConfig) {
    super(serial, building, floor, { zone: config.zone });
    this.zone = config.zone;
    this.setpointC = config.setpointC ?? 20.5;
    this.schedule = (config.schedule ?? [
      { from: "07:00", to: "18:00", setpointC: 21 },
      { from: "18:00", to: "07:00", setpointC: 17 },
    ]).map((s) => ({ ...s }));
  }
}

export interface LockConfig {
  door: string;
  keyAlgorithm: string;
  publicKey: string;
  accessGroups?: string[];
}

/** Key algorithms the access-control backend can verify lock attestations with. */
const SUPPORTED_KEYS = new Set(["ed25519", "ecdsa-p256"]);

export class SmartLock extends Device {
  readonly kind = "lock";
  readonly door: string;
  readonly keyAlgorithm: string;
  readonly publicKey: string;
  readonly accessGroups: string[];
  readonly auditTrail: { at: number; badge: string; granted: boolean }[] = [];

  constructor(serial: string, building: string, floor: number, config: LockConfig) {
    super(serial, building, floor, { door: config.door });
    if (!SUPPORTED_KEYS.has(config.keyAlgorithm)) {
      throw new ProvisioningError(
        422,
        `${serial}: key algorithm ${config.keyAlgorithm} is not accepted (use ed25519 or ecdsa-p256)`,
      );
    }
    if (!/^[A-Za-z0-9+/=]{40,}$/.test(config.publicKey)) {
      throw new ProvisioningError(422, `${serial}: public key is not base64`);
    }
    this.door = config.door;
    this.keyAlgorithm = config.keyAlgorithm;
    this.publicKey = config.publicKey;
    this.accessGroups = [...(config.accessGroups ?? ["staff"])];
  }

  badge(badge: string, groups: string[]) {
    const granted = groups.some((g) => this.accessGroups.includes(g));
    this.auditTrail.push({ at: Date.now(), badge, granted });
    if (this.auditTrail.length > 50) this.auditTrail.shift();
    return granted;
  }
}
