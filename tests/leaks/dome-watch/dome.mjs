import { Worker } from "node:worker_threads";
import * as L from "./layout.mjs";

const buffer = new SharedArrayBuffer(L.WORDS * Int32Array.BYTES_PER_ELEMENT);
const words = new Int32Array(buffer);
const driver = new Worker(new URL("./driver-worker.mjs", import.meta.url), {
  workerData: { buffer },
});
driver.on("error", (err) => console.error("dome driver failed:", err));

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function sequence(index = L.SEQ) {
  return Atomics.load(words, index);
}

export function domeState() {
  return {
    seq: Atomics.load(words, L.SEQ),
    shutter: L.SHUTTER_NAMES[Atomics.load(words, L.SHUTTER)],
    azimuth: Atomics.load(words, L.AZIMUTH) / 10,
    mode: L.MODE_NAMES[Atomics.load(words, L.MODE)],
  };
}

export function weather() {
  return {
    safetySeq: Atomics.load(words, L.SAFETY_SEQ),
    safe: Atomics.load(words, L.SAFE) === 1,
    temperatureC: Atomics.load(words, L.TEMP) / 100,
    humidityPct: Atomics.load(words, L.HUMIDITY) / 10,
    windMs: Atomics.load(words, L.WIND) / 10,
    skyMinusAmbientC: Atomics.load(words, L.SKY) / 100,
    readAt: Atomics.load(words, L.READ_AT),
  };
}

/**
 * Resolves with true when the word at `index` moves on from `since`, or with false after `ms`
 * (the long poll answers 204 and the page polls again).
 */
export async function changedSince(index, since, ms) {
  const { async, value } = Atomics.waitAsync(words, index, since);
  if (!async) return true;
  const outcome = await Promise.race([value, sleep(ms).then(() => "timed-out")]);
  return outcome !== "timed-out";
}

export function command(action, args = {}) {
  driver.postMessage({ action, ...args });
}
