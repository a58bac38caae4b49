/**
 * Vehicle position pings: the newest 64 in a ring for the operations map, and every ping sent
 * on to the archive in batches (25 at a time, or whatever is waiting every 100 ms).
 */

export interface Ping {
  vehicle: string;
  line: string;
  lat: number;
  lon: number;
  speedKmh: number;
  at: number;
}

const RING_SIZE = 64;
const ring: (Ping | undefined)[] = new Array(RING_SIZE);
let written = 0;

const BATCH_SIZE = 25;
const FLUSH_MS = 100;
let batch: Ping[] = [];
const archive = { batches: 0, pings: 0, lastAt: 0 };

function flush(): void {
  if (batch.length === 0) return;
  const sending = batch;
  batch = [];
  archive.batches++;
  archive.pings += sending.length;
  archive.lastAt = sending[sending.length - 1].at;
}

setInterval(flush, FLUSH_MS);

export function recordPing(ping: Ping): void {
  ring[written % RING_SIZE] = ping;
  written++;
  batch.push(ping);
  if (batch.length >= BATCH_SIZE) flush();
}

export function latestPings(n: number): Ping[] {
  const out: Ping[] = [];
  for (let k = 1; k <= Math.min(n, RING_SIZE, written); k++) {
    out.push(ring[(written - k) % RING_SIZE]!);
  }
  return out;
}

export function archiveStats() {
  return { ...archive, waiting: batch.length, seen: written };
}
