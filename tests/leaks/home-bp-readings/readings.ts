export interface Reading {
  systolic: number;
  diastolic: number;
  pulse: number;
  takenAt: string;
  arm: "left" | "right";
  device: string;
}

export interface Targets {
  systolic: number;
  diastolic: number;
}

export interface PatientSeries {
  patientId: string;
  readings: Reading[];
  targets: Targets;
  lastUpload: number;
}

const READINGS_KEPT = 14;
/** Patients whose series is held here; the rest are reloaded from the record on demand. */
const PATIENTS_KEPT = 64;

/** Recently active patients' readings, least recently used first. */
export class SeriesCache {
  #series = new Map<string, PatientSeries>();

  get(patientId: string): PatientSeries {
    let series = this.#series.get(patientId);
    if (series) {
      // move to the back: most recently used
      this.#series.delete(patientId);
    } else {
      series = {
        patientId,
        readings: [],
        targets: { systolic: 140, diastolic: 90 },
        lastUpload: 0,
      };
    }
    this.#series.set(patientId, series);
    while (this.#series.size > PATIENTS_KEPT) {
      const oldest = this.#series.keys().next().value;
      if (oldest === undefined) break;
      this.#series.delete(oldest);
    }
    return series;
  }

  add(patientId: string, reading: Reading): PatientSeries {
    const series = this.get(patientId);
    series.readings.push(reading);
    if (series.readings.length > READINGS_KEPT) series.readings.shift();
    series.lastUpload = Date.now();
    return series;
  }

  get size(): number {
    return this.#series.size;
  }
}

export function summarise(series: PatientSeries) {
  const n = series.readings.length;
  if (n === 0) return { patientId: series.patientId, readings: 0 };
  const avg = (f: (r: Reading) => number) =>
    Math.round(series.readings.reduce((s, r) => s + f(r), 0) / n);
  const systolic = avg((r) => r.systolic);
  const diastolic = avg((r) => r.diastolic);
  return {
    patientId: series.patientId,
    readings: n,
    average: `${systolic}/${diastolic}`,
    pulse: avg((r) => r.pulse),
    atTarget: systolic <= series.targets.systolic && diastolic <= series.targets.diastolic,
    targets: series.targets,
  };
}
