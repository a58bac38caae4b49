export type Direction = "up" | "down";

export interface Boat {
  indexNumber: string;
  name: string;
  lengthM: number;
  beamM: number;
  direction: Direction;
  skipper: string;
  arrivedAt: number;
}

export class FlightError extends Error {
  constructor(public status: number, message: string) {
    super(message);
  }
}

// A staircase of locks worked as one: boats wait in a queue per direction and the keeper
// works them through in batches that fit the chamber.
export const CHAMBER = { lengthM: 22, beamM: 4.4 };
const waiting: Record<Direction, Boat[]> = { up: [], down: [] };
const onFlight = new Map<string, Boat>();

export function arrive(input: Partial<Boat>): Boat {
  if (!input.indexNumber || !input.name) {
    throw new FlightError(400, "indexNumber and name required");
  }
  if (onFlight.has(input.indexNumber)) throw new FlightError(409, "boat already on the flight");
  const lengthM = Number(input.lengthM ?? 0);
  const beamM = Number(input.beamM ?? 2.1);
  if (lengthM <= 0 || lengthM > CHAMBER.lengthM) {
    throw new FlightError(422, "boat too long for the chamber");
  }
  if (beamM > CHAMBER.beamM) throw new FlightError(422, "boat too wide for the chamber");
  const boat: Boat = {
    indexNumber: input.indexNumber,
    name: input.name,
    lengthM,
    beamM,
    direction: input.direction === "down" ? "down" : "up",
    skipper: input.skipper ?? "unknown",
    arrivedAt: Date.now(),
  };
  onFlight.set(boat.indexNumber, boat);
  waiting[boat.direction].push(boat);
  return boat;
}

/** Boats that share the next chamber: two narrowboats side by side, or one wide beam. */
export function nextBatch(direction: Direction): Boat[] {
  const queue = waiting[direction];
  const batch: Boat[] = [];
  let beam = 0;
  for (const boat of queue) {
    if (beam + boat.beamM > CHAMBER.beamM) break;
    batch.push(boat);
    beam += boat.beamM;
  }
  return batch;
}

export function passThrough(indexNumber: string): Boat {
  const boat = onFlight.get(indexNumber);
  if (!boat) throw new FlightError(404, `boat ${indexNumber} not on the flight`);
  onFlight.delete(indexNumber);
  const queue = waiting[boat.direction];
  queue.splice(queue.indexOf(boat), 1);
  return boat;
}

export function status() {
  return {
    up: waiting.up.map((b) => b.name),
    down: waiting.down.map((b) => b.name),
    nextUp: nextBatch("up").map((b) => b.indexNumber),
    nextDown: nextBatch("down").map((b) => b.indexNumber),
  };
}
