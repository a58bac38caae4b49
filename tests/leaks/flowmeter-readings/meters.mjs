import { volumeLabel } from "./units.mjs";

export class MeterError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const LEAK_FLOW_LPM = 0.5;

export class MeterRegistry {
  #meters = new Map();
  #removed = 0;

  install({ id, address, sizeMm = 15, units = "metric" }) {
    if (!id || !address) throw new MeterError(400, "id and address are required");
    if (this.#meters.has(id)) throw new MeterError(409, `meter ${id} is installed`);
    const meter = {
      id,
      address,
      sizeMm,
      units,
      totalLitres: 0,
      flowLpm: 0,
      continuousFlowSince: null,
      lastReadingAt: null,
    };
    this.#meters.set(id, meter);
    return meter;
  }

  get(id) {
    const meter = this.#meters.get(id);
    if (!meter) throw new MeterError(404, `no meter ${id}`);
    return meter;
  }

  /** The AMR head-end forwards the meter's register reading and its current flow. */
  reading(id, { totalLitres, flowLpm = 0, at }) {
    const meter = this.get(id);
    if (typeof totalLitres !== "number" || totalLitres < meter.totalLitres) {
      throw new MeterError(422, "register reading missing or going backwards");
    }
    const used = totalLitres - meter.totalLitres;
    meter.totalLitres = totalLitres;
    meter.flowLpm = flowLpm;
    meter.lastReadingAt = at ?? new Date().toISOString();
    // water never stopping is the usual sign of a dripping pipe on the customer side
    if (flowLpm > 0 && flowLpm < LEAK_FLOW_LPM) meter.continuousFlowSince ??= meter.lastReadingAt;
    else meter.continuousFlowSince = null;
    return {
      id,
      used,
      total: volumeLabel(totalLitres, meter.units).text,
      suspectedDrip: meter.continuousFlowSince !== null,
    };
  }

  view(id, units) {
    const meter = this.get(id);
    const shown = volumeLabel(meter.totalLitres, units ?? meter.units);
    return {
      id,
      address: meter.address,
      total: shown.text,
      unit: shown.unit,
      flowLpm: meter.flowLpm,
      lastReadingAt: meter.lastReadingAt,
    };
  }

  remove(id) {
    this.get(id);
    this.#meters.delete(id);
    this.#removed++;
  }

  stats() {
    return { installed: this.#meters.size, removed: this.#removed };
  }
}
