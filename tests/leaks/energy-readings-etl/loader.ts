import { Emitter } from "./vendor/emitter.ts";
import type { Row } from "./transform.ts";

export interface Checkpoint {
  seq: number;
  rows: number;
  at: number;
}

/** Pipeline events: the loader announces each batch it has written. */
export const bus = new Emitter<{ checkpoint: Checkpoint }>();

/** Daily consumption per meter point: the table the billing team queries. */
interface DailyTotal {
  mpan: string;
  day: string;
  kwh: number;
  periods: number;
  estimated: number;
}

const FLUSH_MS = 200;
const daily = new Map<string, DailyTotal>();
let buffer: Row[] = [];
let seq = 0;
let written = 0;

/** Buffers rows for the next write; returns the sequence number of the batch they go out in. */
export function enqueue(rows: Row[]): number {
  buffer.push(...rows);
  return seq + 1;
}

function flush() {
  if (buffer.length === 0) return;
  const batch = buffer;
  buffer = [];
  for (const row of batch) {
    const key = `${row.mpan}|${row.day}`;
    let total = daily.get(key);
    if (!total) {
      total = { mpan: row.mpan, day: row.day, kwh: 0, periods: 0, estimated: 0 };
      daily.set(key, total);
    }
    total.kwh += row.kwh;
    total.periods++;
    if (row.estimated) total.estimated++;
  }
  written += batch.length;
  bus.emit("checkpoint", { seq: ++seq, rows: batch.length, at: Date.now() });
}

setInterval(flush, FLUSH_MS);

export function dailyTotal(mpan: string, day: string): DailyTotal | null {
  return daily.get(`${mpan}|${day}`) ?? null;
}

export function loaderStats() {
  return { seq, written, buffered: buffer.length, meterDays: daily.size };
}
