export interface Departure {
  stop: string;
  time: string;
  line: string;
  destination: string;
  platform: string;
  feed: string;
}

/** Today's planned departures, one per stop, time and line: a new import replaces them. */
const board = new Map<string, Departure>();

export function upsertDeparture(d: Departure) {
  board.set(`${d.stop}|${d.time}|${d.line}`, d);
}

export function departuresAt(stop: string): Departure[] {
  return [...board.values()]
    .filter((d) => d.stop === stop)
    .sort((a, b) => a.time.localeCompare(b.time));
}
