import { type Connection, connectionsAt } from "./timetable.ts";

export interface Hold {
  run: string;
  trip: string;
  line: string;
  stop: string;
  delayMin: number;
  heldMin: number;
  reason: string;
  requestedAt: string;
  heldUntil: number;
}

/** A hold is for one feeder run and one connecting trip. */
type HoldKey = [run: string, trip: string];

/**
 * Holds connecting buses for late feeder trains: a bus waits when the feeder's delay is within
 * its maximum wait, and may leave as soon as the feeder has arrived.
 */
export class ConnectionGuard {
  #holds = new Map<HoldKey, Hold>();

  /** The feeder reports a delay: hold every connection that can wait that long. */
  delayed(run: string, station: string, delayMin: number): Hold[] {
    const placed: Hold[] = [];
    for (const connection of connectionsAt(station)) {
      if (delayMin > connection.maxWaitMin) continue;
      const hold = this.#place(run, connection, delayMin);
      this.#holds.set([hold.run, hold.trip], hold);
      placed.push(hold);
    }
    return placed;
  }

  /** The feeder is in: its connections need not wait any longer. */
  arrived(run: string, station: string): number {
    let released = 0;
    for (const connection of connectionsAt(station)) {
      if (this.#holds.delete([run, connection.trip])) released++;
    }
    return released;
  }

  /** Holds still in force at a stop, the soonest to end first. */
  activeAt(stop: string, now = Date.now()): Hold[] {
    return [...this.#holds.values()]
      .filter((hold) => hold.stop === stop && hold.heldUntil > now)
      .sort((a, b) => a.heldUntil - b.heldUntil);
  }

  #place(run: string, connection: Connection, delayMin: number): Hold {
    // Two minutes to change platforms on top of the delay, within the trip's maximum.
    const heldMin = Math.min(delayMin + 2, connection.maxWaitMin);
    const now = Date.now();
    const hold: Hold = {
      run,
      trip: connection.trip,
      line: connection.line,
      stop: connection.stop,
      delayMin,
      heldMin,
      reason: `Waiting for ${run}, ${delayMin} min late, due ${connection.departs} + ${heldMin}`,
      requestedAt: new Date(now).toISOString(),
      heldUntil: now + heldMin * 60_000,
    };
    return hold;
  }
}

export const guard = new ConnectionGuard();
