const LATE_AFTER_MIN = 10;

const walks = new Map();
const finished = [];
const FINISHED_KEPT = 30;

export class WalkError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export function schedule(body) {
  const { id, walker, dogs, owner, scheduledFor } = body;
  if (!id || !walker || !Array.isArray(dogs) || !dogs.length || !owner?.phone) {
    throw new WalkError(400, "id, walker, dogs and owner.phone needed");
  }
  if (walks.has(id)) throw new WalkError(409, `walk ${id} exists`);
  const walk = {
    id,
    walker,
    dogs: dogs.map((d) => ({ name: d.name, breed: d.breed ?? "", lead: d.lead ?? "standard" })),
    owner: { name: owner.name ?? "", phone: owner.phone },
    route: body.route ?? "park loop",
    scheduledFor: scheduledFor ?? new Date().toISOString(),
    status: "scheduled",
    track: [],
  };
  walks.set(id, walk);
  return walk;
}

export function get(id) {
  const walk = walks.get(id);
  if (!walk) throw new WalkError(404, `no walk ${id}`);
  return walk;
}

export function start(id) {
  const walk = get(id);
  if (walk.status !== "scheduled") throw new WalkError(409, `walk is ${walk.status}`);
  walk.status = "out";
  walk.startedAt = new Date().toISOString();
  walk.lateMin = Math.max(
    0,
    Math.round((Date.parse(walk.startedAt) - Date.parse(walk.scheduledFor)) / 60_000),
  );
  return walk;
}

export function ping(id, { lat, lng }) {
  const walk = get(id);
  if (walk.status !== "out") throw new WalkError(409, `walk is ${walk.status}`);
  walk.track.push([Number(lat), Number(lng)]);
  if (walk.track.length > 500) walk.track.shift();
  return walk.track.length;
}

export function finish(id, { poo = 0, wee = 0, note = "" } = {}) {
  const walk = get(id);
  if (walk.status !== "out") throw new WalkError(409, `walk is ${walk.status}`);
  walk.status = "home";
  walk.finishedAt = new Date().toISOString();
  walk.report = { poo, wee, note, points: walk.track.length };
  walks.delete(id);
  finished.push({ id, walker: walk.walker, dogs: walk.dogs.length, at: walk.finishedAt });
  if (finished.length > FINISHED_KEPT) finished.shift();
  return walk;
}

export function isLate(walk) {
  return walk.lateMin >= LATE_AFTER_MIN;
}

export function summary() {
  return { out: [...walks.values()].filter((w) => w.status === "out").length, recent: finished };
}
