import { makeAutoObservable } from "mobx";
import { differenceInMinutes } from "date-fns";

export type TripStatus = "assigned" | "en_route" | "completed" | "cancelled";

export interface Stop {
  postcode: string;
  parcels: number;
}

export interface Trip {
  id: string;
  vanId: string;
  driver: string;
  depot: string;
  stops: Stop[];
  status: TripStatus;
  createdAt: number;
  events: { status: TripStatus; at: number; note?: string }[];
}

export interface Van {
  id: string;
  driver: string;
  capacity: number;
  busy: boolean;
  tripsToday: number;
}

/** The depot's live dispatch board: vans, the trips on them, and today's counters. */
export class DispatchBoard {
  trips = new Map<string, Trip>();
  vans: Van[] = [
    { id: "VAN-01", driver: "Priya", capacity: 120, busy: false, tripsToday: 0 },
    { id: "VAN-02", driver: "Tomasz", capacity: 120, busy: false, tripsToday: 0 },
    { id: "VAN-03", driver: "Aoife", capacity: 90, busy: false, tripsToday: 0 },
    { id: "VAN-04", driver: "Kwame", capacity: 150, busy: false, tripsToday: 0 },
  ];
  completedToday = 0;
  cancelledToday = 0;
  minutesOnRoad = 0;

  constructor(readonly depot: string) {
    makeAutoObservable(this);
  }

  get activeTrips(): Trip[] {
    return [...this.trips.values()].filter((t) =>
      t.status === "assigned" || t.status === "en_route"
    );
  }

  get freeVans(): Van[] {
    return this.vans.filter((v) => !v.busy);
  }

  assignTrip(id: string, stops: Stop[]): Trip | undefined {
    const parcels = stops.reduce((n, s) => n + s.parcels, 0);
    const van = this.vans
      .filter((v) => v.capacity >= parcels)
      .sort((a, b) => Number(a.busy) - Number(b.busy) || a.tripsToday - b.tripsToday)[0];
    if (!van) return undefined;
    const trip: Trip = {
      id,
      vanId: van.id,
      driver: van.driver,
      depot: this.depot,
      stops,
      status: "assigned",
      createdAt: Date.now(),
      events: [{ status: "assigned", at: Date.now() }],
    };
    van.busy = true;
    van.tripsToday++;
    this.trips.set(trip.id, trip);
    return trip;
  }

  updateStatus(tripId: string, status: TripStatus, note?: string): Trip | undefined {
    const trip = this.trips.get(tripId);
    if (!trip) return undefined;
    trip.status = status;
    trip.events.push({ status, at: Date.now(), note });
    const van = this.vans.find((v) => v.id === trip.vanId);
    if (status === "completed") {
      this.completedToday++;
      this.minutesOnRoad += differenceInMinutes(Date.now(), trip.createdAt);
      if (van) van.busy = false;
      this.trips.delete(tripId);
    } else if (status === "cancelled") {
      this.cancelledToday++;
      if (van) van.busy = false;
    }
    return trip;
  }
}
