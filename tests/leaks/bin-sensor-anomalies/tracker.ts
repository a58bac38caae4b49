/** A fill-level reading as the LoRa gateway forwards it. */
export interface Reading {
  sensor: string;
  /** Fill level, percent. */
  fill: number;
  temperature?: number;
  battery?: number;
  /** When the sensor took the reading (epoch ms). */
  at: number;
}

export interface Anomaly {
  sensor: string;
  kind: "fill-jump" | "hot" | "battery";
  value: number;
  at: number;
}

interface SensorState {
  sensor: string;
  readings: number;
  mean: number;
  m2: number;
  recent: Float64Array;
  next: number;
  lastFill: number;
  lastAt: number;
  battery: number | null;
}

const RING = 24;
/** A sensor that has not reported for this long is dropped from the live view. */
const STALE_MS = 1_500;
const MAX_ANOMALIES = 50;

export class AnomalyTracker {
  #sensors = new Map<string, SensorState>();
  #anomalies: Anomaly[] = [];
  #sweep: ReturnType<typeof setInterval>;

  constructor() {
    this.#sweep = setInterval(() => this.#dropStale(), 250);
  }

  record(reading: Reading): Anomaly[] {
    let state = this.#sensors.get(reading.sensor);
    if (!state) {
      state = {
        sensor: reading.sensor,
        readings: 0,
        mean: 0,
        m2: 0,
        recent: new Float64Array(RING),
        next: 0,
        lastFill: reading.fill,
        lastAt: reading.at,
        battery: null,
      };
      this.#sensors.set(reading.sensor, state);
    }
    // the gateway retries, so readings can arrive late; keep the newest
    if (reading.at < state.lastAt) return [];
    const found: Anomaly[] = [];
    const jump = reading.fill - state.lastFill;
    if (state.readings >= 2) {
      const sd = Math.sqrt(state.m2 / (state.readings - 1));
      if (sd > 0 && Math.abs(jump - state.mean) > 3 * sd && Math.abs(jump) > 20) {
        found.push({ sensor: reading.sensor, kind: "fill-jump", value: jump, at: Date.now() });
      }
    }
    if ((reading.temperature ?? 0) > 60) {
      found.push({
        sensor: reading.sensor,
        kind: "hot",
        value: reading.temperature!,
        at: Date.now(),
      });
    }
    if (reading.battery !== undefined && reading.battery < 10) {
      found.push({
        sensor: reading.sensor,
        kind: "battery",
        value: reading.battery,
        at: Date.now(),
      });
    }
    // Welford over the fill changes
    state.readings++;
    const d = jump - state.mean;
    state.mean += d / state.readings;
    state.m2 += d * (jump - state.mean);
    state.recent[state.next] = reading.fill;
    state.next = (state.next + 1) % RING;
    state.lastFill = reading.fill;
    state.lastAt = reading.at;
    state.battery = reading.battery ?? state.battery;

    for (const a of found) this.#anomalies.unshift(a);
    if (this.#anomalies.length > MAX_ANOMALIES) this.#anomalies.length = MAX_ANOMALIES;
    return found;
  }

  sensor(id: string) {
    const state = this.#sensors.get(id);
    if (!state) return null;
    const n = Math.min(state.readings, RING);
    return {
      sensor: state.sensor,
      fill: state.lastFill,
      battery: state.battery,
      readings: state.readings,
      recent: Array.from(state.recent.subarray(0, n)),
    };
  }

  anomalies(limit: number): Anomaly[] {
    return this.#anomalies.slice(0, limit);
  }

  #dropStale() {
    const cutoff = Date.now() - STALE_MS;
    for (const [id, state] of this.#sensors) {
      if (state.lastAt < cutoff) this.#sensors.delete(id);
    }
  }

  close() {
    clearInterval(this.#sweep);
  }
}
