import type { Device } from "./devices.ts";

export interface Reading {
  device: string;
  at: string;
  celsius: number;
  humidity: number | null;
  receivedAt: number;
}

export interface Excursion {
  device: string;
  at: string;
  celsius: number;
  limit: "min" | "max";
}

/** The dashboard's live chart shows the newest readings across all devices. */
const MAX_RECENT = 200;
const MAX_EXCURSIONS = 50;

const recentReadings: Reading[] = [];
const latestByDevice = new Map<string, Reading>();
const excursions: Excursion[] = [];

export interface IncomingReading {
  at: string;
  celsius: number;
  humidity?: number;
}

export function ingestBatch(device: Device, batch: IncomingReading[]): number {
  const receivedAt = Date.now();
  const accepted: Reading[] = batch.map((r) => ({
    device: device.id,
    at: r.at,
    celsius: Math.round(r.celsius * 10) / 10,
    humidity: typeof r.humidity === "number" ? r.humidity : null,
    receivedAt,
  }));

  recentReadings.push(...accepted);
  if (recentReadings.length > MAX_RECENT) recentReadings.shift();

  for (const reading of accepted) {
    const latest = latestByDevice.get(device.id);
    if (!latest || latest.at < reading.at) latestByDevice.set(device.id, reading);
    if (reading.celsius < device.minCelsius || reading.celsius > device.maxCelsius) {
      excursions.push({
        device: device.id,
        at: reading.at,
        celsius: reading.celsius,
        limit: reading.celsius < device.minCelsius ? "min" : "max",
      });
    }
  }
  if (excursions.length > MAX_EXCURSIONS) excursions.splice(0, excursions.length - MAX_EXCURSIONS);
  return accepted.length;
}

export function recent(device?: string, limit = 50): Reading[] {
  const rows = device ? recentReadings.filter((r) => r.device === device) : recentReadings;
  return rows.slice(-limit);
}

export function latest(device: string): Reading | undefined {
  return latestByDevice.get(device);
}

export function openExcursions(): Excursion[] {
  return excursions.slice();
}
