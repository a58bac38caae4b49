import { type BerthEvent, berthEvents } from "./harbour.ts";

// Visitor dues per metre of length per night (started), in cents.
const RATE_PER_METRE_NIGHT = 245;
const NIGHT_MS = 24 * 60 * 60 * 1000;
const MAX_DEPARTURES = 20;

interface Stay {
  berth: string;
  vessel: string;
  lengthM: number;
  arrivedAt: number;
}

const stays = new Map<string, Stay>();
const departures: { berth: string; vessel: string; nights: number; dueCents: number }[] = [];
const takings = { stays: 0, cents: 0 };

function onEvent(event: BerthEvent): void {
  if (event.status === "occupied" && event.vessel) {
    stays.set(event.berth, {
      berth: event.berth,
      vessel: event.vessel.name,
      lengthM: event.vessel.lengthM,
      arrivedAt: event.at,
    });
    return;
  }
  const stay = stays.get(event.berth);
  if (event.status !== "free" || !stay) return;
  stays.delete(event.berth);
  const nights = Math.max(1, Math.ceil((event.at - stay.arrivedAt) / NIGHT_MS));
  const dueCents = Math.round(nights * stay.lengthM * RATE_PER_METRE_NIGHT);
  takings.stays++;
  takings.cents += dueCents;
  departures.unshift({ berth: stay.berth, vessel: stay.vessel, nights, dueCents });
  if (departures.length > MAX_DEPARTURES) departures.length = MAX_DEPARTURES;
}

export function startFeeMeter(): void {
  berthEvents.subscribe(onEvent);
}

export function recentDepartures() {
  return { takings, departures };
}
