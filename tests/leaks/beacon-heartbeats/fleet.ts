export interface Gateway {
  id: string;
  ward: string;
  firmware: string;
  ip: string;
  registeredAt: number;
  lastSeen: number;
  beaconsSeen: number;
  rssiAvg: number;
  online: boolean;
}

export interface OfflineEvent {
  gateway: string;
  ward: string;
  silentMs: number;
  at: number;
}

/** A gateway that has been silent this long is offline … */
const OFFLINE_AFTER_MS = 120;
/** … and one silent this long is forgotten (it re-registers when it comes back). */
const FORGET_AFTER_MS = 200;
const MAX_EVENTS = 40;

export class GatewayFleet {
  #gateways = new Map<string, Gateway>();
  #events: OfflineEvent[] = [];
  #sweep: ReturnType<typeof setInterval>;

  constructor() {
    this.#sweep = setInterval(() => this.#check(), 50);
    Deno.unrefTimer(this.#sweep);
  }

  register(input: { id: string; ward: string; firmware: string; ip: string }): Gateway {
    const now = Date.now();
    const gw: Gateway = {
      ...input,
      registeredAt: now,
      lastSeen: now,
      beaconsSeen: 0,
      rssiAvg: 0,
      online: true,
    };
    this.#gateways.set(gw.id, gw);
    return gw;
  }

  heartbeat(id: string, beacons: number, rssi: number): Gateway | null {
    const gw = this.#gateways.get(id);
    if (!gw) return null;
    gw.lastSeen = Date.now();
    gw.online = true;
    gw.beaconsSeen += beacons;
    // exponential moving average; the first one sets it
    gw.rssiAvg = gw.rssiAvg === 0 ? rssi : gw.rssiAvg * 0.8 + rssi * 0.2;
    return gw;
  }

  retire(id: string): boolean {
    return this.#gateways.delete(id);
  }

  #check() {
    const now = Date.now();
    for (const [id, gw] of this.#gateways) {
      const silent = now - gw.lastSeen;
      if (silent > FORGET_AFTER_MS) {
        this.#gateways.delete(id);
      } else if (silent > OFFLINE_AFTER_MS && gw.online) {
        gw.online = false;
        this.#events.unshift({ gateway: id, ward: gw.ward, silentMs: silent, at: now });
        if (this.#events.length > MAX_EVENTS) this.#events.length = MAX_EVENTS;
      }
    }
  }

  summary() {
    const byWard: Record<string, { online: number; offline: number }> = {};
    for (const gw of this.#gateways.values()) {
      const w = byWard[gw.ward] ??= { online: 0, offline: 0 };
      if (gw.online) w.online++;
      else w.offline++;
    }
    return { gateways: this.#gateways.size, byWard, recentOffline: this.#events.slice(0, 10) };
  }
}
