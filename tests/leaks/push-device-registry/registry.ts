export type Platform = "ios" | "android" | "web";

export interface Device {
  id: string;
  userId: string;
  platform: Platform;
  /** Current push token (APNs device token, FCM registration id, or web push endpoint). */
  token: string;
  appVersion: string;
  locale: string;
  registeredAt: number;
  tokenUpdatedAt: number;
  topics: Set<string>;
}

export interface Registration {
  deviceId: string;
  userId: string;
  platform: Platform;
  token: string;
  appVersion?: string;
  locale?: string;
  topics?: string[];
}

export class DeviceRegistry {
  #devices = new Map<string, Device>();
  /** Push providers report failures by token, so we look devices up by token as well. */
  #byToken = new Map<string, Device>();
  #byUser = new Map<string, Set<string>>();

  register(reg: Registration): Device {
    const existing = this.#devices.get(reg.deviceId);
    if (existing) this.unregister(existing.id);
    const now = Date.now();
    const device: Device = {
      id: reg.deviceId,
      userId: reg.userId,
      platform: reg.platform,
      token: reg.token,
      appVersion: reg.appVersion ?? "unknown",
      locale: reg.locale ?? "en-GB",
      registeredAt: now,
      tokenUpdatedAt: now,
      topics: new Set(reg.topics ?? ["account"]),
    };
    this.#devices.set(device.id, device);
    this.#byToken.set(reg.token, device);
    let mine = this.#byUser.get(device.userId);
    if (!mine) this.#byUser.set(device.userId, mine = new Set());
    mine.add(device.id);
    return device;
  }

  /** The OS hands the app a new token now and then; the app tells us. */
  updateToken(deviceId: string, token: string, appVersion?: string): Device | undefined {
    const device = this.#devices.get(deviceId);
    if (!device) return undefined;
    if (device.token === token) return device;
    device.token = token;
    device.tokenUpdatedAt = Date.now();
    if (appVersion) device.appVersion = appVersion;
    this.#byToken.set(token, device);
    return device;
  }

  unregister(deviceId: string): boolean {
    const device = this.#devices.get(deviceId);
    if (!device) return false;
    this.#devices.delete(deviceId);
    this.#byToken.delete(device.token);
    const mine = this.#byUser.get(device.userId);
    mine?.delete(deviceId);
    if (mine?.size === 0) this.#byUser.delete(device.userId);
    return true;
  }

  byToken(token: string): Device | undefined {
    return this.#byToken.get(token);
  }

  forUser(userId: string): Device[] {
    return [...this.#byUser.get(userId) ?? []].flatMap((id) => this.#devices.get(id) ?? []);
  }

  counts() {
    return { devices: this.#devices.size, tokens: this.#byToken.size, users: this.#byUser.size };
  }
}
