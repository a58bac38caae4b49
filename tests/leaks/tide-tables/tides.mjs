/**
 * Tide predictions from harmonic constants: the height at a moment is the mean level plus a
 * cosine per constituent (amplitude in cm, phase in degrees, speed in degrees per hour).
 */

const SPEEDS = { M2: 28.984104, S2: 30.0, N2: 28.43973, K1: 15.041069, O1: 13.943035 };

export const STATIONS = {
  "hoek-van-holland": {
    name: "Hoek van Holland",
    meanCm: 10,
    constituents: { M2: [79, 64], S2: [19, 125], N2: [12, 40], K1: [8, 190], O1: [10, 15] },
  },
  "den-helder": {
    name: "Den Helder",
    meanCm: -5,
    constituents: { M2: [58, 199], S2: [14, 262], N2: [10, 170], K1: [7, 305], O1: [9, 145] },
  },
  vlissingen: {
    name: "Vlissingen",
    meanCm: 20,
    constituents: { M2: [175, 12], S2: [48, 70], N2: [28, 350], K1: [8, 175], O1: [11, 5] },
  },
};

const EPOCH = Date.UTC(2025, 0, 1);
const RAD = Math.PI / 180;

export function heightAt(station, ms) {
  const hours = (ms - EPOCH) / 3_600_000;
  let h = station.meanCm;
  for (const [name, [amplitude, phase]] of Object.entries(station.constituents)) {
    h += amplitude * Math.cos((SPEEDS[name] * hours - phase) * RAD);
  }
  return h;
}

/** High and low waters of a UTC day, found on a 6-minute grid. */
export function extremes(station, day) {
  const start = Date.parse(`${day}T00:00:00Z`);
  const step = 6 * 60_000;
  const out = [];
  let prev = heightAt(station, start - step);
  let cur = heightAt(station, start);
  for (let t = start; t < start + 86_400_000; t += step) {
    const next = heightAt(station, t + step);
    if (cur > prev && cur >= next) {
      out.push({ type: "high", at: new Date(t).toISOString(), cm: Math.round(cur) });
    }
    if (cur < prev && cur <= next) {
      out.push({ type: "low", at: new Date(t).toISOString(), cm: Math.round(cur) });
    }
    prev = cur;
    cur = next;
  }
  return out;
}
