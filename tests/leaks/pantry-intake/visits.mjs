// Visits in progress at the distribution point, and the last 30 finished for the coordinator.
const ROSTER = ["anna", "bram", "chen", "dilan", "els", "femke"];
const open = new Map();
const RECENT = 30;
const recent = [];
const perVolunteer = new Map([...ROSTER, "other"].map((v) => [v, 0]));

export function startVisit(id, household, volunteer) {
  if (open.has(id)) return undefined;
  const visit = {
    id,
    household: household.id,
    size: household.size,
    diet: household.diet,
    volunteer: ROSTER.includes(volunteer) ? volunteer : "other",
    startedAt: Date.now(),
    parcel: [],
  };
  open.set(id, visit);
  return visit;
}

export const findVisit = (id) => open.get(id);

export function finishVisit(id) {
  const visit = open.get(id);
  if (!visit) return undefined;
  open.delete(id);
  perVolunteer.set(visit.volunteer, perVolunteer.get(visit.volunteer) + 1);
  recent.unshift({ id, size: visit.size, lines: visit.parcel.length });
  recent.splice(RECENT);
  return visit;
}

export const visitStats = () => ({
  open: open.size,
  perVolunteer: Object.fromEntries(perVolunteer),
  recent: recent.slice(0, 3),
});
