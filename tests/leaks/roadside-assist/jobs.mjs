import { dispatchBus } from "./bus.mjs";
import { nearestTruck, truckMoved } from "./fleet.mjs";

/** Breakdown jobs from the member app and the call centre, open until the driver closes them. */
const openJobs = new Map();
const closed = { towed: 0, "fixed-on-site": 0, cancelled: 0 };

export class TowJob {
  constructor({ id, member, vehicle, location, problem, notes }) {
    this.id = id;
    this.member = member;
    this.vehicle = vehicle;
    this.location = location;
    this.problem = problem;
    this.notes = notes ?? "";
    this.status = "waiting";
    this.truck = null;
    this.timeline = [{ at: new Date().toISOString(), what: "reported" }];
  }

  /** Follows what dispatch does for this job, to keep the member app's tracker current. */
  follow() {
    dispatchBus.on("truck.assigned", (e) => e.jobId === this.id && this.#assigned(e), this);
    dispatchBus.on("truck.eta", (e) => e.jobId === this.id && this.#eta(e), this);
    dispatchBus.on("truck.arrived", (e) => e.jobId === this.id && this.#arrived(e), this);
  }

  #assigned(e) {
    this.truck = { id: e.truck.id, driver: e.truck.driver, km: Math.round(e.km) };
    this.status = "assigned";
    this.timeline.push({ at: e.at, what: `assigned ${e.truck.id} (${Math.round(e.km)} km)` });
  }

  #eta(e) {
    this.etaMinutes = e.minutes;
    this.timeline.push({ at: e.at, what: `eta ${e.minutes} min` });
  }

  #arrived(e) {
    this.status = "on-scene";
    this.timeline.push({ at: e.at, what: "truck on scene" });
    truckMoved(this.truck?.id, this.location);
  }

  view() {
    const { id, vehicle, problem, status, truck, etaMinutes, timeline } = this;
    return { id, vehicle, problem, status, truck, etaMinutes, timeline };
  }
}

export function openJob(fields) {
  if (openJobs.has(fields.id)) return { error: "job exists", status: 409 };
  const job = new TowJob(fields);
  job.follow();
  openJobs.set(job.id, job);
  const pick = nearestTruck(job.location, job.problem);
  if (pick) {
    pick.truck.jobs++;
    dispatchBus.emit("truck.assigned", {
      jobId: job.id,
      truck: pick.truck,
      km: pick.km,
      at: new Date().toISOString(),
    });
  }
  return { job };
}

export function findJob(id) {
  return openJobs.get(id);
}

export function reportEta(job, minutes) {
  return dispatchBus.emit("truck.eta", { jobId: job.id, minutes, at: new Date().toISOString() });
}

export function reportArrival(job) {
  return dispatchBus.emit("truck.arrived", { jobId: job.id, at: new Date().toISOString() });
}

export function closeJob(job, outcome) {
  job.status = "closed";
  job.outcome = outcome;
  dispatchBus.offAll(job);
  openJobs.delete(job.id);
  if (outcome in closed) closed[outcome]++;
}

export function jobStats() {
  return { open: openJobs.size, closed: { ...closed } };
}
