import { ShelfPlan } from "./shelf-plan.ts";

export interface Wheel {
  id: string;
  make: string;
  batch: string;
  madeOn: string;
  weightKg: number;
  cave: string;
}

export class CaveError extends Error {
  constructor(public status: number, message: string) {
    super(message);
  }
}

function shelvesFor(racks: string[], perRack: number) {
  return racks.flatMap((r) => Array.from({ length: perRack }, (_, n) => `${r}-S${n + 1}`));
}

export const caves = new Map<string, ShelfPlan>([
  ["CAVE-1", new ShelfPlan("CAVE-1", shelvesFor(["R1", "R2"], 4))],
  ["CAVE-2", new ShelfPlan("CAVE-2", shelvesFor(["R1", "R2", "R3", "R4"], 5))],
]);

const wheels = new Map<string, Wheel>();

export function planFor(cave: string): ShelfPlan {
  const plan = caves.get(cave);
  if (!plan) throw new CaveError(404, `no cave ${cave}`);
  return plan;
}

export function receiveWheel(cave: string, body: Partial<Wheel> & { shelf?: string }): Wheel {
  const plan = planFor(cave);
  if (!body.id || !body.make || !body.shelf) {
    throw new CaveError(400, "id, make and shelf required");
  }
  if (wheels.has(body.id)) throw new CaveError(409, `wheel ${body.id} already received`);
  const wheel: Wheel = {
    id: body.id,
    make: body.make,
    batch: body.batch ?? "unknown",
    madeOn: body.madeOn ?? new Date().toISOString().slice(0, 10),
    weightKg: Number(body.weightKg ?? 0),
    cave,
  };
  plan.place(wheel.id, body.shelf);
  wheels.set(wheel.id, wheel);
  return wheel;
}

export function sellWheel(id: string) {
  const wheel = wheels.get(id);
  if (!wheel) throw new CaveError(404, `no wheel ${id}`);
  planFor(wheel.cave).take(id);
  wheels.delete(id);
  return { ...wheel, soldAt: new Date().toISOString() };
}

export function wheelInfo(id: string) {
  const wheel = wheels.get(id);
  if (!wheel) throw new CaveError(404, `no wheel ${id}`);
  const plan = planFor(wheel.cave);
  const ageDays = Math.floor((Date.now() - Date.parse(wheel.madeOn)) / 86_400_000);
  return {
    ...wheel,
    shelf: plan.positions.get(id),
    turnedAt: plan.turnedAt.get(id) ?? null,
    ageDays,
  };
}
