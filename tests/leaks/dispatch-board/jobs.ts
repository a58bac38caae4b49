import { canonical } from "./vocab.ts";
import { Standings } from "./standings.ts";

export class DispatchError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

interface Driver {
  id: string;
  zone: string;
  busyWith: string | null;
}

export interface Job {
  ref: string;
  zone: string;
  service: string;
  vehicle: string;
  plate: string;
  driver: string;
  createdAt: number;
  escalation: ReturnType<typeof setTimeout>;
}

const SERVICES = new Set(["flat-tyre", "battery", "towing", "lockout", "fuel"]);
const ZONES = ["utrecht-oost", "utrecht-west", "amersfoort", "nieuwegein"];
/** A job nobody finished in this time is escalated to the duty manager. */
const ESCALATE_AFTER_MS = 5 * 60_000;
const RECENT = 30;

const drivers: Driver[] = [
  { id: "drv-jansen", zone: "utrecht-oost", busyWith: null },
  { id: "drv-bakker", zone: "utrecht-west", busyWith: null },
  { id: "drv-visser", zone: "amersfoort", busyWith: null },
  { id: "drv-smit", zone: "nieuwegein", busyWith: null },
  { id: "drv-meijer", zone: "utrecht-oost", busyWith: null },
  { id: "drv-mulder", zone: "utrecht-west", busyWith: null },
  { id: "drv-degroot", zone: "amersfoort", busyWith: null },
  { id: "drv-bos", zone: "nieuwegein", busyWith: null },
  { id: "drv-vos", zone: "utrecht-oost", busyWith: null },
  { id: "drv-peters", zone: "utrecht-west", busyWith: null },
  { id: "drv-hendriks", zone: "amersfoort", busyWith: null },
  { id: "drv-dekker", zone: "nieuwegein", busyWith: null },
];

const active = new Map<string, Job>();
const recent: { ref: string; outcome: string; driver: string; minutes: number }[] = [];
export const standings = new Standings(drivers.map((d) => d.id));
let escalations = 0;

function nearestDriver(zone: string): Driver | undefined {
  const idle = drivers.filter((d) => d.busyWith === null);
  return idle.find((d) => d.zone === zone) ??
    idle.sort((a, b) =>
      Math.abs(ZONES.indexOf(a.zone) - ZONES.indexOf(zone)) -
      Math.abs(ZONES.indexOf(b.zone) - ZONES.indexOf(zone))
    )[0];
}

export function createJob(input: Record<string, unknown>): Job {
  const ref = String(input.ref ?? "");
  if (!/^JOB-[\w-]{1,40}$/.test(ref)) throw new DispatchError(422, "ref must look like JOB-…");
  if (active.has(ref)) throw new DispatchError(409, `${ref} is already on the board`);
  const zone = String(input.zone);
  const service = String(input.service);
  if (!ZONES.includes(zone)) throw new DispatchError(422, `we do not cover ${zone}`);
  if (!SERVICES.has(service)) throw new DispatchError(422, `unknown service ${service}`);
  const driver = nearestDriver(zone);
  if (!driver) throw new DispatchError(503, "every driver is on a job, try again shortly");
  driver.busyWith = ref;
  const job: Job = {
    ref,
    zone: canonical(zone),
    service: canonical(service),
    vehicle: canonical(String(input.vehicle ?? "car")),
    plate: String(input.plate ?? "").toUpperCase().slice(0, 10),
    driver: driver.id,
    createdAt: Date.now(),
    escalation: setTimeout(() => {
      escalations++;
      console.warn(`${ref} still open after ${ESCALATE_AFTER_MS / 60_000} minutes`);
    }, ESCALATE_AFTER_MS),
  };
  active.set(ref, job);
  return job;
}

function close(ref: string): Job {
  const job = active.get(ref);
  if (!job) throw new DispatchError(404, `${ref} is not on the board`);
  clearTimeout(job.escalation);
  active.delete(ref);
  const driver = drivers.find((d) => d.id === job.driver)!;
  driver.busyWith = null;
  return job;
}

export function finishJob(ref: string, outcome: string) {
  const job = close(ref);
  const minutes = Math.max(1, Math.round((Date.now() - job.createdAt) / 60_000));
  const standing = standings.recordFinished(job.driver, minutes);
  recent.unshift({ ref, outcome: outcome.slice(0, 40), driver: job.driver, minutes });
  recent.length = Math.min(recent.length, RECENT);
  return { ref, driver: job.driver, standing };
}

export function cancelJob(ref: string, reason: string) {
  const job = close(ref);
  return { ref, driver: job.driver, cancelled: reason.slice(0, 80) };
}

export function board() {
  return {
    active: [...active.values()].map(({ escalation: _, ...job }) => job),
    idleDrivers: drivers.filter((d) => d.busyWith === null).map((d) => d.id),
    standings: standings.top(5),
    recent: recent.slice(0, 10),
    escalations,
  };
}
