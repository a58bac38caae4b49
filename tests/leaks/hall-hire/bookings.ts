import { type Handler, handles } from "./mediator.ts";

export interface Hold {
  id: string;
  hall: string;
  date: string;
  slot: "morning" | "afternoon" | "evening";
  organiser: string;
  placedAt: number;
}

const SLOTS = ["morning", "afternoon", "evening"] as const;

/** Holds on the halls' slots; a released hold moves to the last 20 releases. */
export class HoldStore {
  readonly active = new Map<string, Hold>();
  readonly released: { id: string; hall: string; date: string; at: number }[] = [];

  release(id: string): Hold | undefined {
    const hold = this.active.get(id);
    if (!hold) return undefined;
    this.active.delete(id);
    this.released.push({ id, hall: hold.hall, date: hold.date, at: Date.now() });
    if (this.released.length > 20) this.released.shift();
    return hold;
  }
}

export class PlaceHold {
  constructor(
    readonly id: string,
    readonly hall: string,
    readonly date: string,
    readonly slot: string,
    readonly organiser: string,
  ) {}
}

export class ReleaseHold {
  constructor(readonly id: string) {}
}

export class GetAvailability {
  constructor(readonly hall: string, readonly date: string) {}
  cacheKey() {
    return `availability:${this.hall}:${this.date}`;
  }
}

@handles(PlaceHold)
export class PlaceHoldHandler implements Handler<PlaceHold, Hold> {
  constructor(
    private readonly store: HoldStore,
    private readonly onChange: (hall: string) => void,
  ) {}

  handle(cmd: PlaceHold): Promise<Hold> {
    if (!SLOTS.includes(cmd.slot as Hold["slot"])) throw new Error(`bad slot ${cmd.slot}`);
    if (this.store.active.has(cmd.id)) throw new Error(`hold ${cmd.id} exists`);
    for (const h of this.store.active.values()) {
      if (h.hall === cmd.hall && h.date === cmd.date && h.slot === cmd.slot) {
        throw new Error(`${cmd.hall} ${cmd.date} ${cmd.slot} is held`);
      }
    }
    const hold: Hold = { ...cmd, slot: cmd.slot as Hold["slot"], placedAt: Date.now() };
    this.store.active.set(hold.id, hold);
    this.onChange(hold.hall);
    return Promise.resolve(hold);
  }
}

@handles(ReleaseHold)
export class ReleaseHoldHandler implements Handler<ReleaseHold, Hold | undefined> {
  constructor(
    private readonly store: HoldStore,
    private readonly onChange: (hall: string) => void,
  ) {}

  handle(cmd: ReleaseHold): Promise<Hold | undefined> {
    const hold = this.store.release(cmd.id);
    if (hold) this.onChange(hold.hall);
    return Promise.resolve(hold);
  }
}

@handles(GetAvailability)
export class GetAvailabilityHandler implements Handler<GetAvailability> {
  constructor(private readonly store: HoldStore) {}

  async handle(q: GetAvailability, signal: AbortSignal) {
    await new Promise((resolve) => setTimeout(resolve, 1));
    signal.throwIfAborted();
    const held = new Set(
      [...this.store.active.values()].filter((h) => h.hall === q.hall && h.date === q.date)
        .map((h) => h.slot),
    );
    return {
      hall: q.hall,
      date: q.date,
      slots: SLOTS.map((slot) => ({ slot, free: !held.has(slot) })),
    };
  }
}
