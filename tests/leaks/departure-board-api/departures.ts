/** A small timetable: lines with a first departure, a headway and the stops they call at. */

interface Line {
  id: string;
  destination: string;
  firstMinute: number; // minutes after midnight
  lastMinute: number;
  headway: number; // minutes
  stops: Record<string, number>; // stop id → minutes after the line's start
}

export const STOPS: Record<string, string> = {
  "centraal": "Centraal Station",
  "dam": "Dam",
  "museumplein": "Museumplein",
  "zuid": "Station Zuid",
  "noord": "Noorderpark",
};

const LINES: Line[] = [
  {
    id: "2",
    destination: "Nieuw Sloten",
    firstMinute: 6 * 60,
    lastMinute: 24 * 60 - 30,
    headway: 8,
    stops: { centraal: 0, dam: 3, museumplein: 14 },
  },
  {
    id: "5",
    destination: "Amstelveen Stadshart",
    firstMinute: 6 * 60 + 4,
    lastMinute: 24 * 60 - 20,
    headway: 10,
    stops: { centraal: 0, dam: 4, museumplein: 16, zuid: 24 },
  },
  {
    id: "52",
    destination: "Station Zuid",
    firstMinute: 6 * 60 + 1,
    lastMinute: 24 * 60 - 10,
    headway: 5,
    stops: { noord: 0, centraal: 6, zuid: 17 },
  },
];

export interface Departure {
  line: string;
  destination: string;
  time: string;
  inMinutes: number;
}

function clock(minute: number): string {
  const m = ((minute % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}

export function departuresFor(stop: string, at: Date, count = 6): Departure[] {
  const now = at.getHours() * 60 + at.getMinutes();
  const out: Departure[] = [];
  for (const line of LINES) {
    const offset = line.stops[stop];
    if (offset === undefined) continue;
    for (let t = line.firstMinute; t <= line.lastMinute; t += line.headway) {
      const minute = t + offset;
      if (minute < now) continue;
      out.push({
        line: line.id,
        destination: line.destination,
        time: clock(minute),
        inMinutes: minute - now,
      });
      if (minute - now > 60) break;
    }
  }
  return out.sort((a, b) => a.inMinutes - b.inMinutes).slice(0, count);
}

export function linesAt(stop: string): string[] {
  return LINES.filter((l) => stop in l.stops).map((l) => `${l.id} → ${l.destination}`);
}
