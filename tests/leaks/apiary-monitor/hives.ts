/** The association's hives with scales and sensors, and their recent readings. */

export interface Reading {
  at: number;
  weightKg: number;
  broodTempC: number;
  humidity: number;
}

const RING_SIZE = 96; // a day at one reading every 15 minutes

export class Hive {
  readonly #ring: (Reading | undefined)[] = new Array(RING_SIZE);
  #next = 0;
  #count = 0;

  constructor(readonly id: string, readonly apiary: string) {}

  record(reading: Reading): void {
    this.#ring[this.#next] = reading;
    this.#next = (this.#next + 1) % RING_SIZE;
    this.#count = Math.min(this.#count + 1, RING_SIZE);
  }

  /** Oldest first. */
  readings(): Reading[] {
    const out: Reading[] = [];
    for (let k = 0; k < this.#count; k++) {
      out.push(this.#ring[(this.#next - this.#count + k + RING_SIZE) % RING_SIZE]!);
    }
    return out;
  }

  /** A sudden drop in weight (a swarm leaving takes 1.5 to 3 kg of bees). */
  swarmSuspected(): boolean {
    const recent = this.readings().slice(-4);
    if (recent.length < 4) return false;
    return recent[0].weightKg - recent[3].weightKg > 1.5;
  }
}

export const HIVES = new Map<string, Hive>(
  ["h1", "h2", "h3", "h4", "h5", "h6", "h7", "h8"].map((id, n) => [
    id,
    new Hive(id, n < 4 ? "Amstelpark" : "Frankendael"),
  ]),
);

/** Swarm alerts for the keepers' phones (long-polled by the app). */
export const alerts = new EventTarget();
