import { type Delta, diff, type State } from "./delta.ts";

export interface Shadow {
  id: string;
  site: string;
  model: string;
  desired: State;
  reported: State;
  /** When each desired key was last set (seconds), for the delta's metadata. */
  stamps: Record<string, number>;
  version: number;
  connectedAt: number | null;
  updatedAt: number;
}

export class ShadowError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const nowSeconds = () => Math.floor(Date.now() / 1000);

export class ShadowStore {
  #shadows = new Map<string, Shadow>();
  // the kiosk agent polls its delta every few seconds; only recompute when the version moves
  #deltas = new Map<[string, number], Delta>();

  create(input: { id: string; site: string; model: string; desired?: State }): Shadow {
    if (this.#shadows.has(input.id)) throw new ShadowError(409, `${input.id} exists`);
    const desired = input.desired ?? {};
    const shadow: Shadow = {
      id: input.id,
      site: input.site,
      model: input.model,
      desired,
      reported: {},
      stamps: Object.fromEntries(Object.keys(desired).map((k) => [k, nowSeconds()])),
      version: 1,
      connectedAt: null,
      updatedAt: Date.now(),
    };
    this.#shadows.set(shadow.id, shadow);
    return shadow;
  }

  get(id: string): Shadow {
    const shadow = this.#shadows.get(id);
    if (!shadow) throw new ShadowError(404, `no kiosk ${id}`);
    return shadow;
  }

  updateDesired(id: string, patch: State): Shadow {
    const shadow = this.get(id);
    this.#bump(shadow);
    for (const [key, value] of Object.entries(patch)) {
      if (value === null) delete shadow.desired[key];
      else shadow.desired[key] = value;
      shadow.stamps[key] = nowSeconds();
    }
    return shadow;
  }

  report(id: string, reported: State): Shadow {
    const shadow = this.get(id);
    this.#bump(shadow);
    Object.assign(shadow.reported, reported);
    shadow.connectedAt ??= Date.now();
    return shadow;
  }

  delta(id: string): Delta {
    const shadow = this.get(id);
    const key: [string, number] = [shadow.id, shadow.version];
    let delta = this.#deltas.get(key);
    if (!delta) {
      delta = {
        kiosk: shadow.id,
        version: shadow.version,
        ...diff(shadow.desired, shadow.reported, shadow.stamps),
        computedAt: Date.now(),
      };
      this.#deltas.set(key, delta);
    }
    return delta;
  }

  decommission(id: string): void {
    const shadow = this.get(id);
    this.#bump(shadow);
    this.#shadows.delete(id);
  }

  #bump(shadow: Shadow) {
    this.#deltas.delete([shadow.id, shadow.version]);
    shadow.version++;
    shadow.updatedAt = Date.now();
  }

  stats() {
    let connected = 0;
    for (const s of this.#shadows.values()) if (s.connectedAt !== null) connected++;
    return { kiosks: this.#shadows.size, connected };
  }
}
