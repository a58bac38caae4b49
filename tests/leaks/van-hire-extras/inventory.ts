import { type CatalogueItem, inSeason, item } from "./catalogue.ts";

export class HireError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export interface Driver {
  name: string;
  licence: string;
  phone?: string;
}

export interface Hold {
  id: string;
  ref: string;
  sku: string;
  qty: number;
  depot: string;
  driver: Driver;
  from: string;
  to: string;
  channel: string;
  placedAt: number;
  chaseAt: number;
}

export interface HoldRequest {
  ref: string;
  sku: string;
  qty: number;
  driver: Driver;
  from: string;
  to: string;
  channel: string;
}

/** Holds not collected by then are flagged on the prep plan for the desk to chase. */
const CHASE_AFTER_MS = 15 * 60_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let nextHold = 1;

/**
 * One depot's fleet and extras. Vans are booked by class, not by registration (the yard picks
 * the van on the day, and some overbooking is normal), so a hold does not refuse a booking: it
 * puts the van or the extra on the depot's prep plan until the hire starts or is dropped.
 */
export class DepotInventory {
  readonly #holds = new Map<string, Hold>();
  readonly #fleet: Map<string, number>;
  readonly #onHire = new Map<string, number>();

  constructor(readonly depot: string, fleet: Record<string, number>) {
    this.#fleet = new Map(Object.entries(fleet));
  }

  /** A vehicle is confirmed with the fleet system; an extra is logged in the depot's stock book. */
  async hold(req: HoldRequest): Promise<Hold> {
    const entry = item(req.sku);
    if (!entry || !this.#fleet.has(req.sku)) {
      throw new HireError(422, `${this.depot} does not hire out ${req.sku}`);
    }
    const month = new Date(req.from).getUTCMonth() + 1;
    if (!inSeason(entry, Number.isNaN(month) ? new Date().getUTCMonth() + 1 : month)) {
      throw new HireError(409, `${entry.title} is not available in month ${month}`);
    }
    await this.#confirm(entry);
    const now = Date.now();
    const hold: Hold = {
      id: `H${nextHold++}`,
      ref: req.ref,
      sku: req.sku,
      qty: req.qty,
      depot: this.depot,
      driver: req.driver,
      from: req.from,
      to: req.to,
      channel: req.channel,
      placedAt: now,
      chaseAt: now + CHASE_AFTER_MS,
    };
    this.#holds.set(hold.id, hold);
    return hold;
  }

  release(holdId: string) {
    this.#holds.delete(holdId);
  }

  /** The hire starts: its holds come off the plan and the items go out. */
  startHire(holds: Hold[]) {
    for (const h of holds) {
      this.release(h.id);
      this.#onHire.set(h.sku, (this.#onHire.get(h.sku) ?? 0) + h.qty);
    }
  }

  endHire(items: { sku: string; qty: number }[]) {
    for (const { sku, qty } of items) {
      this.#onHire.set(sku, Math.max(0, (this.#onHire.get(sku) ?? 0) - qty));
    }
  }

  plan() {
    const planned = new Map<string, number>();
    let toChase = 0;
    const now = Date.now();
    for (const h of this.#holds.values()) {
      planned.set(h.sku, (planned.get(h.sku) ?? 0) + h.qty);
      if (h.chaseAt <= now) toChase++;
    }
    const items = [...this.#fleet].map(([sku, owned]) => {
      const held = planned.get(sku) ?? 0;
      const out = this.#onHire.get(sku) ?? 0;
      return { sku, owned, held, onHire: out, overbooked: held + out > owned };
    });
    return { depot: this.depot, items, toChase };
  }

  async #confirm(entry: CatalogueItem) {
    // the fleet system takes a few ms to confirm a class; the stock book is quicker
    await sleep(entry.kind === "vehicle" ? 3 : 1);
  }
}
