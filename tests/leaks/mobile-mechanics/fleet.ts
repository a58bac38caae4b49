import { distanceKm, type Point } from "./geo.ts";
import { SpatialGrid } from "./grid.ts";

const TRAIL_POINTS = 20;

export interface Mechanic {
  name: string;
  phone: string;
  skills: string[];
}

export interface Van {
  id: string;
  reg: string;
  mechanic: Mechanic;
  lat: number;
  lng: number;
  shiftStartedAt: string;
  lastPingAt: number;
  trail: { lat: number; lng: number; at: number }[];
  jobsToday: number;
}

export class Fleet {
  readonly grid = new SpatialGrid<Van>(0.01);
  readonly onShift = new Map<string, Van>();
  readonly #depot: Point;
  #shiftsEnded = 0;

  constructor(depot: Point) {
    this.#depot = depot;
  }

  logIn(id: string, reg: string, mechanic: Mechanic): Van | undefined {
    if (this.onShift.has(id)) return undefined;
    const van: Van = {
      id,
      reg,
      mechanic,
      lat: this.#depot.lat,
      lng: this.#depot.lng,
      shiftStartedAt: new Date().toISOString(),
      lastPingAt: Date.now(),
      trail: [],
      jobsToday: 0,
    };
    this.onShift.set(id, van);
    this.grid.insert(van);
    return van;
  }

  /** A position report from the van's tracker: moves it in the grid when it changes cell. */
  ping(van: Van, lat: number, lng: number) {
    const before = this.grid.keyFor(van.lat, van.lng);
    van.lat = lat;
    van.lng = lng;
    van.lastPingAt = Date.now();
    van.trail.push({ lat, lng, at: van.lastPingAt });
    if (van.trail.length > TRAIL_POINTS) van.trail.shift();
    if (this.grid.keyFor(lat, lng) !== before) {
      this.grid.remove(van);
      this.grid.insert(van);
    }
  }

  logOff(id: string) {
    const van = this.onShift.get(id);
    if (!van) return undefined;
    this.grid.remove(van);
    this.onShift.delete(id);
    this.#shiftsEnded++;
    return { id, jobs: van.jobsToday, hours: (Date.now() - Date.parse(van.shiftStartedAt)) / 36e5 };
  }

  /** Vans on shift near a breakdown, nearest first, optionally with a skill. */
  nearest(at: Point, skill?: string, limit = 5) {
    return this.grid.around(at.lat, at.lng)
      .filter((v) => this.onShift.has(v.id))
      .filter((v) => !skill || v.mechanic.skills.includes(skill))
      .map((v) => ({
        van: v.id,
        reg: v.reg,
        mechanic: v.mechanic.name,
        km: Math.round(distanceKm(at, v) * 10) / 10,
      }))
      .sort((a, b) => a.km - b.km)
      .slice(0, limit);
  }

  stats() {
    return { onShift: this.onShift.size, shiftsEnded: this.#shiftsEnded, grid: this.grid.stats() };
  }
}
