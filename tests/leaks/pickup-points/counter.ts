// The counter: checking parcels in, handing them out, and a short list of recent activity.

import { CounterHold, Hold, PickupError, ReturnHold } from "./holds.ts";
import { type CounterEvent, type Outcome, parcelJourney, type Waiting } from "./journey.ts";
import { type Parcel, shelves } from "./shelves.ts";

interface Stay {
  parcel: Parcel;
  journey: Generator<Waiting, Outcome, CounterEvent>;
  waiting: Waiting;
}

const stays = new Map<string, Stay>();
const recent: { at: string; parcel: string; what: string }[] = [];
const RECENT = 50;
const totals = { checkedIn: 0, collected: 0, returned: 0, rejectedIds: 0 };

function note(parcel: string, what: string) {
  recent.push({ at: new Date().toISOString(), parcel, what });
  if (recent.length > RECENT) recent.splice(0, recent.length - RECENT);
}

export function checkIn(parcel: Parcel): Stay {
  if (stays.has(parcel.id)) throw new PickupError(409, `${parcel.id} is already here`);
  const shelf = shelves.get(parcel.shelf);
  if (!shelf) throw new PickupError(422, `no shelf ${parcel.shelf}`);
  if (!shelf.fits(parcel)) throw new PickupError(409, `shelf ${shelf.label} is full`);
  const journey = parcelJourney(parcel.kind, parcel.recipient);
  const first = journey.next();
  if (first.done) throw new PickupError(500, "journey ended before it began");
  const hold = parcel.kind === "return" ? new ReturnHold(parcel) : new CounterHold(parcel);
  shelf.push(parcel);
  const stay: Stay = { parcel, journey, waiting: first.value };
  stays.set(parcel.id, stay);
  totals.checkedIn++;
  note(parcel.id, `checked in on ${shelf.label} (${hold.kind})`);
  return stay;
}

export function findStay(id: string): Stay {
  const stay = stays.get(id);
  if (!stay) throw new PickupError(404, `no parcel ${id} at this point`);
  return stay;
}

export function advance(id: string, event: CounterEvent) {
  const stay = findStay(id);
  const step = stay.journey.next(event);
  if (!step.done) {
    if (event.type === "picked-up") {
      totals.rejectedIds++;
      note(id, "ID did not match");
    }
    stay.waiting = step.value;
    return { done: false as const, waiting: step.value };
  }
  stays.delete(id);
  shelves.get(stay.parcel.shelf)?.take(id);
  const kind = stay.parcel.kind === "return" ? ReturnHold : CounterHold;
  kind.release(id, step.value.status);
  if (step.value.status === "collected") totals.collected++;
  else totals.returned++;
  note(id, step.value.status);
  return { done: true as const, outcome: step.value };
}

export function counterStats() {
  const waits = CounterHold.waits;
  return {
    ...totals,
    onShelves: stays.size,
    holds: Hold.count(),
    handedOver: ReturnHold.handedOver,
    avgWaitMs: waits.length ? Math.round(waits.reduce((s, w) => s + w, 0) / waits.length) : null,
    recent: recent.slice(-10),
  };
}
