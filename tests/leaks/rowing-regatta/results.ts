import { Lru } from "./lru.ts";
import type { Race } from "./races.ts";

export interface Placing {
  place: number;
  lane: number;
  crew: string;
  club: string;
  time: string;
  marginS: number | null;
}

export interface ResultSheet {
  race: string;
  event: string;
  placings: Placing[];
  publishedAt: string;
}

const sheets = new Lru<string, ResultSheet>(32);
const archive: { race: string; event: string; winner: string }[] = [];
const ARCHIVE_SIZE = 40;

function format(ms: number) {
  const m = Math.floor(ms / 60000);
  const s = ((ms % 60000) / 1000).toFixed(2).padStart(5, "0");
  return `${m}:${s}`;
}

export function publish(race: Race, finishTimes: Record<string, number>): ResultSheet {
  const rows = race.lanes
    .filter((l) => finishTimes[l.lane] !== undefined)
    .map((l) => ({ ...l, ms: finishTimes[l.lane] }))
    .sort((a, b) => a.ms - b.ms);
  const winner = rows[0];
  const sheet: ResultSheet = {
    race: race.id,
    event: race.event,
    placings: rows.map((r, n) => ({
      place: n + 1,
      lane: r.lane,
      crew: r.crew,
      club: r.club,
      time: format(r.ms),
      marginS: n === 0 ? null : Math.round((r.ms - winner.ms) / 10) / 100,
    })),
    publishedAt: new Date().toISOString(),
  };
  sheets.set(race.id, sheet);
  archive.push({ race: race.id, event: race.event, winner: winner ? winner.crew : "no finishers" });
  if (archive.length > ARCHIVE_SIZE) archive.splice(0, archive.length - ARCHIVE_SIZE);
  return sheet;
}

export function sheetFor(id: string) {
  return sheets.get(id);
}

export function recentResults(limit = 10) {
  return archive.slice(-limit).reverse();
}
