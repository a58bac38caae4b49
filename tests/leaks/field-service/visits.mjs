import { Scheduler } from "./scheduler.mjs";
import { LruMap } from "./cache.mjs";
import { announce } from "./stream.mjs";

const visits = new Map();
const scheduler = new Scheduler()
  .handle("visit.reminder", (payload) => announce({ type: "reminder", ...payload }));
scheduler.start();

const technicians = new LruMap(64);
const SKILLS = ["boiler", "heat-pump", "solar", "ventilation"];

export function planVisit(body) {
  if (visits.has(body.ref)) return null;
  const startsAt = Date.parse(body.window);
  const visit = {
    ref: body.ref,
    customer: body.customer,
    address: body.address,
    region: body.region ?? "utrecht",
    skill: body.skill,
    startsAt,
    status: "planned",
  };
  visit.reminder = scheduler.schedule(startsAt - 2 * 3_600_000, "visit.reminder", {
    ref: visit.ref,
    region: visit.region,
    address: visit.address,
  });
  visits.set(visit.ref, visit);
  announce({ type: "planned", ref: visit.ref, region: visit.region, skill: visit.skill });
  return visit;
}

export function cancelVisit(ref) {
  const visit = visits.get(ref);
  if (!visit) return null;
  scheduler.cancel(visit.reminder);
  visits.delete(ref);
  announce({ type: "cancelled", ref, region: visit.region });
  return { ...visit, status: "cancelled" };
}

export function technician(id) {
  return technicians.getOrCreate(id, () => {
    const n = [...id].reduce((sum, c) => sum + c.charCodeAt(0), 0);
    return {
      id,
      name: `Technician ${id.toUpperCase()}`,
      skills: SKILLS.filter((_, i) => (n >> i) & 1),
      van: `VAN-${(n % 97) + 1}`,
      loadedAt: new Date().toISOString(),
    };
  });
}

export function stats() {
  return { visits: visits.size, scheduled: scheduler.size, technicians: technicians.size };
}
