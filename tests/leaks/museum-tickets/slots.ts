export interface TimeSlot {
  id: string;
  exhibition: string;
  starts: string;
  capacity: number;
  sold: number;
}

export class SlotChangeEvent extends Event {
  constructor(readonly slot: TimeSlot) {
    super("slot-change");
  }
}

/** Timed-entry slots for today. Sales and the door scanners both change them. */
class SlotBoard extends EventTarget {
  readonly slots = new Map<string, TimeSlot>();
  /** What happened to each exhibition's slots lately, for the front-desk screen. */
  readonly activity = new Map<string, { at: string; slot: string; delta: number }[]>();

  constructor() {
    super();
    for (const exhibition of ["vermeer", "mondriaan"]) {
      this.activity.set(exhibition, []);
      for (let hour = 10; hour < 17; hour++) {
        const id = `${exhibition}-${hour}00`;
        this.slots.set(id, { id, exhibition, starts: `${hour}:00`, capacity: 1_000_000, sold: 0 });
      }
    }
  }

  adjust(slotId: string, delta: number): TimeSlot | undefined {
    const slot = this.slots.get(slotId);
    if (!slot || slot.sold + delta > slot.capacity || slot.sold + delta < 0) return undefined;
    slot.sold += delta;
    const log = this.activity.get(slot.exhibition)!;
    log.push({ at: new Date().toISOString(), slot: slotId, delta });
    if (log.length > 25) log.splice(0, log.length - 25);
    this.dispatchEvent(new SlotChangeEvent(slot));
    return slot;
  }
}

export const slotBoard = new SlotBoard();
