import { ReplaySubject } from "./rx.ts";

export interface Vessel {
  name: string;
  lengthM: number;
  flag: string;
  mmsi: string;
}

export interface BerthEvent {
  berth: string;
  pontoon: string;
  status: "occupied" | "free";
  vessel?: Vessel;
  sensor: string;
  battery: number;
  at: number;
}

export const BERTHS = new Set(
  ["A", "B", "C"].flatMap((pontoon) => Array.from({ length: 12 }, (_, n) => `${pontoon}${n + 1}`)),
);

// Berth sensor events. A ReplaySubject so that whatever subscribes late (the harbour master's
// board after a reconnect, the fee meter after a config reload) still sees the current state.
export const berthEvents = new ReplaySubject<BerthEvent>();

/** The current state of every berth, kept from the events. */
export const occupancy = new Map<string, BerthEvent>();
berthEvents.subscribe((event) => occupancy.set(event.berth, event));

export function record(event: BerthEvent): void {
  berthEvents.next(event);
}

export function board() {
  const byPontoon: Record<string, { berth: string; vessel?: string; since: string }[]> = {};
  for (const berth of BERTHS) {
    const event = occupancy.get(berth);
    if (!event || event.status !== "occupied") continue;
    (byPontoon[event.pontoon] ??= []).push({
      berth,
      vessel: event.vessel?.name,
      since: new Date(event.at).toISOString(),
    });
  }
  return { free: BERTHS.size - Object.values(byPontoon).flat().length, byPontoon };
}
