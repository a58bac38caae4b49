/** Climate sensors of the greenhouses: a fixed set, each with a ring of its latest readings. */

export interface Reading {
  at: number;
  temperature: number;
  humidity: number;
  co2: number;
}

export const SENSORS = ["gh1-north", "gh1-south", "gh2-east", "gh2-west", "nursery"] as const;
export type SensorId = typeof SENSORS[number];

const RING_SIZE = 60;

class ReadingRing {
  #slots: (Reading | undefined)[] = new Array(RING_SIZE).fill(undefined);
  #next = 0;
  count = 0;

  push(reading: Reading) {
    this.#slots[this.#next] = reading;
    this.#next = (this.#next + 1) % RING_SIZE;
    this.count = Math.min(this.count + 1, RING_SIZE);
  }

  /** Newest first. */
  latest(n: number): Reading[] {
    const out: Reading[] = [];
    for (let k = 1; k <= Math.min(n, this.count); k++) {
      out.push(this.#slots[(this.#next - k + RING_SIZE) % RING_SIZE]!);
    }
    return out;
  }
}

export const rings = new Map<SensorId, ReadingRing>(SENSORS.map((id) => [id, new ReadingRing()]));

export function isSensor(id: string): id is SensorId {
  return (SENSORS as readonly string[]).includes(id);
}
