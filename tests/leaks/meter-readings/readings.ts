import protobuf from "protobufjs";

const PROTO = `
syntax = "proto3";
package metering;

message Reading {
  string meter_id = 1;
  int64 at_ms = 2;
  double kwh = 3;
  float voltage = 4;
  repeated float phase_amps = 5;
}
`;

const root = protobuf.parse(PROTO, { keepCase: false }).root;
export const Reading = root.lookupType("metering.Reading");

export interface ReadingIn {
  meterId: string;
  atMs: number;
  kwh: number;
  voltage: number;
  phaseAmps: number[];
}

/**
 * The last RING_SIZE readings, encoded as the devices' own protobuf messages, in a ring:
 * each new reading overwrites the oldest slot.
 */
export class ReadingRing {
  static readonly RING_SIZE = 256;
  #slots: (Uint8Array | undefined)[] = new Array(ReadingRing.RING_SIZE);
  #next = 0;
  written = 0;

  append(reading: ReadingIn): number {
    const problem = Reading.verify(reading);
    if (problem) throw new TypeError(problem);
    const bytes = Reading.encode(Reading.fromObject(reading)).finish();
    this.#slots[this.#next] = bytes;
    this.#next = (this.#next + 1) % ReadingRing.RING_SIZE;
    this.written++;
    return bytes.byteLength;
  }

  *readings(): Generator<ReadingIn> {
    for (let n = 0; n < ReadingRing.RING_SIZE; n++) {
      const bytes = this.#slots[(this.#next + n) % ReadingRing.RING_SIZE];
      if (!bytes) continue;
      const msg = Reading.decode(bytes);
      yield Reading.toObject(msg, { longs: Number, defaults: true }) as ReadingIn;
    }
  }

  latest(meterId: string): ReadingIn | undefined {
    let found: ReadingIn | undefined;
    for (const r of this.readings()) if (r.meterId === meterId) found = r;
    return found;
  }
}

export interface MeterRollup {
  meterId: string;
  readings: number;
  kwhMax: number;
  voltageMin: number;
  voltageMax: number;
}

export function rollup(ring: ReadingRing): Map<string, MeterRollup> {
  const byMeter = new Map<string, MeterRollup>();
  for (const r of ring.readings()) {
    const m = byMeter.get(r.meterId) ??
      { meterId: r.meterId, readings: 0, kwhMax: 0, voltageMin: Infinity, voltageMax: 0 };
    m.readings++;
    m.kwhMax = Math.max(m.kwhMax, r.kwh);
    m.voltageMin = Math.min(m.voltageMin, r.voltage);
    m.voltageMax = Math.max(m.voltageMax, r.voltage);
    byMeter.set(r.meterId, m);
  }
  return byMeter;
}
