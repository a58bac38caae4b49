// Gas monitoring rules for the underground outstations (methane, carbon monoxide, oxygen,
// air velocity), as set in the colliery's ventilation management plan.

export const OUTSTATIONS = new Map([
  ["OS-1", { name: "Pit bottom / main intake", district: "Pit bottom" }],
  ["OS-2", { name: "Tailgate 3 North", district: "3 North" }],
  ["OS-3", { name: "Maingate 3 North", district: "3 North" }],
  ["OS-4", { name: "Return drift", district: "Returns" }],
]);

const LIMITS = {
  CH4: { warn: 1.0, trip: 1.25, unit: "%vol", above: true },
  CO: { warn: 20, trip: 30, unit: "ppm", above: true },
  O2: { warn: 19.5, trip: 19.0, unit: "%vol", above: false },
  VEL: { warn: 0.5, trip: 0.3, unit: "m/s", above: false },
};

const WINDOW = 20;

/** The last reading of each sensor (its reading object) and a rolling window of its values. */
const sensors = new Map();
/** The newest 50 alarms, for the control room's alarm list. */
const alarms = [];
const counts = { readings: 0, warnings: 0, trips: 0, rejected: 0 };

export class FeedError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

function level(reading) {
  const limit = LIMITS[reading.gas];
  if (!limit) return "unknown";
  const beyond = (threshold) =>
    limit.above ? reading.value >= threshold : reading.value <= threshold;
  if (beyond(limit.trip)) return "trip";
  if (beyond(limit.warn)) return "warn";
  return "ok";
}

export function ingest(outstation, reading) {
  if (typeof reading?.sensor !== "string" || typeof reading.value !== "number") {
    counts.rejected++;
    return;
  }
  counts.readings++;
  let sensor = sensors.get(reading.sensor);
  if (!sensor) {
    sensor = { id: reading.sensor, outstation, gas: reading.gas, window: [], last: null };
    sensors.set(reading.sensor, sensor);
  }
  sensor.last = reading;
  sensor.window.push(reading.value);
  if (sensor.window.length > WINDOW) sensor.window.shift();
  const state = level(reading);
  if (state === "warn" || state === "trip") {
    counts[state === "trip" ? "trips" : "warnings"]++;
    alarms.unshift({
      sensor: reading.sensor,
      outstation,
      gas: reading.gas,
      value: reading.value,
      state,
      at: reading.at,
    });
    if (alarms.length > 50) alarms.length = 50;
  }
}

export function outstationView(id) {
  const outstation = OUTSTATIONS.get(id);
  if (!outstation) throw new FeedError(404, `no outstation ${id}`);
  const own = [...sensors.values()].filter((sensor) => sensor.outstation === id);
  return {
    id,
    ...outstation,
    sensors: own.map((sensor) => ({
      id: sensor.id,
      gas: sensor.gas,
      value: sensor.last?.value ?? null,
      at: sensor.last?.at ?? null,
      average: sensor.window.reduce((sum, v) => sum + v, 0) / (sensor.window.length || 1),
      state: sensor.last ? level(sensor.last) : "unknown",
    })),
  };
}

export function alarmList() {
  return { ...counts, alarms: alarms.slice(0, 20) };
}
