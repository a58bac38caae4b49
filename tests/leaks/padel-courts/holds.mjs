import { randomUUID } from "node:crypto";
import { club } from "./club.mjs";

const HOLD_MS = 10 * 60 * 1000;
const MAX_RECENT = 25;

/** Holds are found by the selection they are for (a court and a slot). */
const keyOf = (selection) => JSON.stringify(selection);

export function currentHold(selection) {
  const hold = club.booking.holds.get(keyOf(selection));
  return hold && hold.expiresAt > Date.now() ? hold : undefined;
}

/** Holds a slot for the player while the payment page is open; another player gets null. */
export function placeHold(selection, player, partners, extras, priceCents) {
  const held = currentHold(selection);
  if (held && held.player !== player) return null;
  const hold = {
    id: randomUUID(),
    selection,
    player,
    partners,
    extras,
    priceCents,
    heldAt: new Date().toISOString(),
    expiresAt: Date.now() + HOLD_MS,
  };
  club.booking.holds.set(keyOf(selection), hold);
  return hold;
}

/** Paid: the hold becomes a booking. */
export function confirmHold(selection, paymentRef) {
  const hold = currentHold(selection);
  if (!hold) return null;
  club.booking.holds.delete(keyOf(hold.selection));
  const booking = {
    court: hold.selection.court,
    slot: hold.selection.slot,
    player: hold.player,
    paymentRef,
    priceCents: hold.priceCents,
  };
  club.booking.recent.unshift(booking);
  club.booking.recent.splice(MAX_RECENT);
  club.booking.revenueCents += hold.priceCents;
  return booking;
}

/** The player left the payment page (a beacon from the browser): the slot is free again. */
export function releaseHold(court, slot) {
  return club.booking.holds.delete(keyOf({ court, slot }));
}
