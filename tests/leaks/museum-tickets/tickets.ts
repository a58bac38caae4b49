import { lookupMember } from "./members.ts";
import { slotBoard, type SlotChangeEvent } from "./slots.ts";

export interface TicketOrder {
  slot: string;
  email: string;
  adults: number;
  children: number;
}

const PRICES = { adult: 2250, child: 0, patronDiscount: 0.5 };

export class SoldOutError extends Error {}

/**
 * Books tickets. The membership lookup can take a moment; if the slot's numbers move while we
 * wait, we re-check capacity before committing. The listener goes when the booking is done.
 */
export async function bookTickets(order: TicketOrder) {
  const seats = order.adults + order.children;
  const done = new AbortController();
  let moved = false;
  slotBoard.addEventListener("slot-change", (event) => {
    if ((event as SlotChangeEvent).slot.id === order.slot) moved = true;
  }, { signal: done.signal });
  try {
    const member = await lookupMember(order.email);
    const slot = slotBoard.slots.get(order.slot);
    if (!slot) throw new SoldOutError("unknown slot");
    if (moved && slot.sold + seats > slot.capacity) throw new SoldOutError("slot filled up");
    if (!slotBoard.adjust(order.slot, seats)) throw new SoldOutError("not enough capacity");
    const discount = member.tier === "patron" ? PRICES.patronDiscount : 0;
    const totalCents = Math.round(order.adults * PRICES.adult * (1 - discount));
    return { slot: slot.id, starts: slot.starts, seats, totalCents, member: member.tier };
  } finally {
    done.abort();
  }
}

export function cancelTickets(slot: string, seats: number) {
  return slotBoard.adjust(slot, -seats);
}
