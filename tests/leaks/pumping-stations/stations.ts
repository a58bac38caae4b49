import { createSignal } from "./vendor/signals.ts";
import {
  defer,
  filter,
  firstValueFrom,
  map,
  type Observable,
  shareReplay,
  startWith,
  Subject,
} from "./vendor/rx.ts";

export interface Reading {
  station: string;
  levelM: number;
  inflowLs: number;
  pumps: { id: string; running: boolean; amps: number }[];
  at: string;
}

export interface Station {
  id: string;
  name: string;
  catchment: string;
  overflowM: number;
  level: () => number;
  setLevel: (m: number) => void;
  last: Reading | null;
  /** The last 60 readings, a ring. */
  history: (Reading | undefined)[];
  next: number;
}

const HISTORY = 60;

const PLAN: [string, string, string, number][] = [
  ["PS-01", "Millbrook Road", "Millbrook", 3.2],
  ["PS-02", "Quay Street", "Harbour", 2.6],
  ["PS-03", "Kingsmead", "Kingsmead", 4.1],
  ["PS-04", "Ferry Lane", "Harbour", 2.9],
  ["PS-05", "Upper Wick", "Wick", 3.5],
  ["PS-06", "Sewage works inlet", "Works", 5.0],
];

export const stations = new Map<string, Station>(
  PLAN.map(([id, name, catchment, overflowM]) => {
    const [level, setLevel] = createSignal(0.8);
    return [id, {
      id,
      name,
      catchment,
      overflowM,
      level,
      setLevel,
      last: null,
      history: new Array(HISTORY),
      next: 0,
    }];
  }),
);

/** Every reading from the telemetry outstations, as it arrives. */
export const telemetry$ = new Subject<Reading>();

export class StationError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export function needStation(id: string): Station {
  const station = stations.get(id);
  if (!station) throw new StationError(404, `no station ${id}`);
  return station;
}

export function ingest(id: string, body: Omit<Reading, "station">) {
  const station = needStation(id);
  if (typeof body.levelM !== "number") throw new StationError(400, "levelM is required");
  const reading: Reading = {
    station: id,
    levelM: body.levelM,
    inflowLs: body.inflowLs,
    pumps: (body.pumps ?? []).map((p) => ({ ...p })),
    at: body.at,
  };
  station.last = reading;
  station.history[station.next] = reading;
  station.next = (station.next + 1) % HISTORY;
  station.setLevel(reading.levelM);
  telemetry$.next(reading);
  return reading;
}

function view(station: Station) {
  return {
    id: station.id,
    name: station.name,
    levelM: station.level(),
    headroomM: Math.round((station.overflowM - station.level()) * 100) / 100,
    pumpsRunning: station.last?.pumps.filter((p) => p.running).length ?? 0,
    at: station.last?.at ?? null,
  };
}

/** Live view per station, shared while someone is looking (refCount), so it starts fresh. */
const liveViews = new Map<string, Observable<ReturnType<typeof view>>>();

export function liveView$(id: string) {
  const station = needStation(id);
  let live = liveViews.get(id);
  if (!live) {
    live = defer(() =>
      telemetry$.pipe(
        filter((reading: Reading) => reading.station === id),
        map(() => view(station)),
        startWith(view(station)),
      )
    ).pipe(shareReplay({ bufferSize: 1, refCount: true }));
    liveViews.set(id, live);
  }
  return live;
}

export function currentView(id: string) {
  return firstValueFrom(liveView$(id));
}

export function overview() {
  return [...stations.values()].map(view);
}
