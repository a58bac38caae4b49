/** Games indexed by 15-minute slot; a game is in every slot in [start, end). */
const SLOT_MS = 15 * 60_000;
const slotOf = (t: number) => Math.floor(t / SLOT_MS);
const lastSlotOf = (t: number) => Math.ceil(t / SLOT_MS);

export interface Timed {
  start: number;
  end: number;
}

export class Schedule<T extends Timed> {
  #slots = new Map<number, Set<T>>();

  add(item: T): void {
    for (let s = slotOf(item.start); s < lastSlotOf(item.end); s++) {
      let slot = this.#slots.get(s);
      if (!slot) this.#slots.set(s, slot = new Set());
      slot.add(item);
    }
  }

  remove(item: T): void {
    for (let s = slotOf(item.start); s < lastSlotOf(item.end); s++) {
      const slot = this.#slots.get(s);
      if (!slot) continue;
      slot.delete(item);
      if (slot.size === 0) this.#slots.delete(s);
    }
  }

  during(start: number, end: number): T[] {
    const out = new Set<T>();
    for (let s = slotOf(start); s < lastSlotOf(end); s++) {
      for (const item of this.#slots.get(s) ?? []) {
        if (item.start < end && start < item.end) out.add(item);
      }
    }
    return [...out];
  }
}
