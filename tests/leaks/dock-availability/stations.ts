/** Bike-share stations: bikes docked and free docks, with events for the live map. */

export interface Station {
  id: string;
  name: string;
  docks: number;
  bikes: number;
  online: boolean;
}

export interface CapacityDetail {
  station: string;
  bikes: number;
  freeDocks: number;
}

export class StationBook extends EventTarget {
  #stations = new Map<string, Station>();

  constructor(stations: Station[]) {
    super();
    for (const s of stations) this.#stations.set(s.id, { ...s });
  }

  get(id: string): Station | undefined {
    return this.#stations.get(id);
  }

  all(): Station[] {
    return [...this.#stations.values()];
  }

  /** Moves one bike out of (-1) or into (+1) a station and tells the live map. */
  adjust(id: string, delta: -1 | 1): Station {
    const station = this.#stations.get(id)!;
    station.bikes += delta;
    this.dispatchEvent(
      new CustomEvent<CapacityDetail>("capacity", {
        detail: { station: id, bikes: station.bikes, freeDocks: station.docks - station.bikes },
      }),
    );
    return station;
  }
}

export const stations = new StationBook([
  { id: "centraal-oost", name: "Centraal Oost", docks: 40, bikes: 22, online: true },
  { id: "wilhelminaplein", name: "Wilhelminaplein", docks: 24, bikes: 11, online: true },
  { id: "blaak", name: "Blaak", docks: 30, bikes: 17, online: true },
]);
