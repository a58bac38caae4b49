// Holds: a parcel on a shelf waiting for its recipient (a counter hold) or for the carrier's
// collection round (a return hold). Every hold is in one registry until it is released.

import type { Parcel } from "./shelves.ts";

export class PickupError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export abstract class Hold {
  static #active = new Map<string, Hold>();
  abstract readonly kind: "counter" | "return";
  readonly placedAt = Date.now();

  constructor(readonly parcel: Parcel) {
    if (Hold.#active.has(parcel.id)) throw new PickupError(409, `${parcel.id} is already held`);
    Hold.#active.set(parcel.id, this);
  }

  static find(id: string): Hold | undefined {
    return Hold.#active.get(id);
  }

  static count(): number {
    return Hold.#active.size;
  }

  /** Releases a hold; subclasses add what their kind needs through onRelease(). */
  static release(id: string, reason: string): Hold | undefined {
    const hold = Hold.#active.get(id);
    if (!hold) return undefined;
    Hold.#active.delete(id);
    this.onRelease(hold, reason);
    return hold;
  }

  protected static onRelease(_hold: Hold, _reason: string): void {}
}

export class CounterHold extends Hold {
  readonly kind = "counter";
  static waits: number[] = [];

  protected static override onRelease(hold: Hold): void {
    this.waits.push(Date.now() - hold.placedAt);
    if (this.waits.length > 50) this.waits.shift();
  }
}

export class ReturnHold extends Hold {
  readonly kind = "return";
  static handedOver = 0;

  protected static override onRelease(): void {
    this.handedOver++;
  }
}
