import { RecentWindow } from "./recent_window.ts";

export interface Measurement {
  at: number;
  pmu: string;
  seq: number;
  hz: number;
  kv: number;
  mw: number;
  phaseDeg: number;
}

export interface Alarm {
  at: string;
  substation: string;
  kind: "rocof" | "under-frequency" | "over-frequency" | "voltage";
  value: number;
  text: string;
}

interface Substation {
  id: string;
  name: string;
  nominalKv: number;
  frequency: RecentWindow<Measurement>;
  lastSeq: number;
  received: number;
}

/** RoCoF is judged over the last two seconds, as the grid code's protection settings are. */
const ROCOF_SPAN_MS = 2_000;
const ROCOF_LIMIT_HZ_PER_S = 0.5;
const MAX_ALARMS = 25;
/** Phasor measurement units report 50 times a second. */
const SAMPLE_INTERVAL_MS = 20;

export const substations = new Map<string, Substation>(
  [
    ["HGL", "Hengelo 110 kV", 110],
    ["ZWL", "Zwolle Hessenweg 110 kV", 110],
    ["DVT", "Deventer 110 kV", 110],
    ["MEE", "Meeden 380 kV", 380],
  ].map(([id, name, nominalKv]) => [
    id as string,
    {
      id: id as string,
      name: name as string,
      nominalKv: nominalKv as number,
      frequency: new RecentWindow<Measurement>(ROCOF_SPAN_MS),
      lastSeq: 0,
      received: 0,
    },
  ]),
);

const alarms: Alarm[] = [];

export interface IncomingSample {
  hz: number;
  kv: number;
  mw: number;
  phaseDeg?: number;
}

function raise(alarm: Alarm): void {
  alarms.unshift(alarm);
  if (alarms.length > MAX_ALARMS) alarms.length = MAX_ALARMS;
}

export function record(
  substation: Substation,
  pmu: string,
  seq: number,
  samples: IncomingSample[],
): number {
  const receivedAt = Date.now();
  samples.forEach((s, k) => {
    const measurement: Measurement = {
      at: receivedAt - (samples.length - 1 - k) * SAMPLE_INTERVAL_MS,
      pmu,
      seq,
      hz: s.hz,
      kv: s.kv,
      mw: s.mw,
      phaseDeg: s.phaseDeg ?? 0,
    };
    substation.frequency.add(measurement);
    if (s.hz < 49.8 || s.hz > 50.2) {
      raise({
        at: new Date(measurement.at).toISOString(),
        substation: substation.id,
        kind: s.hz < 49.8 ? "under-frequency" : "over-frequency",
        value: s.hz,
        text: `${substation.name}: ${s.hz.toFixed(3)} Hz`,
      });
    }
    if (Math.abs(s.kv - substation.nominalKv) / substation.nominalKv > 0.1) {
      raise({
        at: new Date(measurement.at).toISOString(),
        substation: substation.id,
        kind: "voltage",
        value: s.kv,
        text: `${substation.name}: ${s.kv.toFixed(1)} kV`,
      });
    }
  });
  substation.lastSeq = seq;
  substation.received += samples.length;
  const rocof = rocofOf(substation, receivedAt);
  if (rocof !== undefined && Math.abs(rocof) > ROCOF_LIMIT_HZ_PER_S) {
    raise({
      at: new Date(receivedAt).toISOString(),
      substation: substation.id,
      kind: "rocof",
      value: rocof,
      text: `${substation.name}: RoCoF ${rocof.toFixed(2)} Hz/s`,
    });
  }
  return samples.length;
}

/** Rate of change of frequency over the span, in Hz/s (undefined with fewer than two samples). */
export function rocofOf(substation: Substation, now = Date.now()): number | undefined {
  const inSpan = substation.frequency.within(now);
  if (inSpan.length < 2) return undefined;
  const newest = inSpan[0];
  const oldest = inSpan[inSpan.length - 1];
  const seconds = (newest.at - oldest.at) / 1000;
  return seconds > 0 ? (newest.hz - oldest.hz) / seconds : 0;
}

export function dashboard() {
  const now = Date.now();
  return {
    substations: [...substations.values()].map((s) => {
      const latest = s.frequency.latest();
      const rocof = rocofOf(s, now);
      return {
        id: s.id,
        name: s.name,
        hz: latest?.hz,
        kv: latest?.kv,
        mw: latest?.mw,
        rocof: rocof === undefined ? null : Math.round(rocof * 1000) / 1000,
        stale: !latest || now - latest.at > 5_000,
        received: s.received,
      };
    }),
    alarms: alarms.slice(0, 10),
  };
}
