// The dome driver thread: polls the (simulated) weather station every 250 ms and carries out the
// operator's dome commands, publishing both through the shared words.
import { parentPort, workerData } from "node:worker_threads";
import * as L from "./layout.mjs";

const words = new Int32Array(workerData.buffer);
const started = Date.now();
let tick = 0;

function publishSafety(safe) {
  if (Atomics.load(words, L.SAFE) === safe) return;
  Atomics.store(words, L.SAFE, safe);
  Atomics.add(words, L.SAFETY_SEQ, 1);
  Atomics.notify(words, L.SAFETY_SEQ);
}

function readWeather() {
  tick++;
  // a calm, clear night on the hill
  const temp = 850 - (tick % 40);
  const humidity = 610 + (tick % 25);
  const wind = 32 + (tick % 9);
  const sky = -2850 + (tick % 60);
  Atomics.store(words, L.TEMP, temp);
  Atomics.store(words, L.HUMIDITY, humidity);
  Atomics.store(words, L.WIND, wind);
  Atomics.store(words, L.SKY, sky);
  Atomics.store(words, L.READ_AT, Math.round((Date.now() - started) / 1000));
  publishSafety(humidity < 850 && wind < 120 && sky < -1800 ? 1 : 0);
}

function moved(field, value) {
  Atomics.store(words, field, value);
  Atomics.add(words, L.SEQ, 1);
  Atomics.notify(words, L.SEQ);
}

parentPort.on("message", (command) => {
  switch (command.action) {
    case "open":
      if (Atomics.load(words, L.SAFE) !== 1) return;
      moved(L.SHUTTER, 2);
      return;
    case "close":
      moved(L.SHUTTER, 0);
      return;
    case "slew":
      moved(L.AZIMUTH, Math.round((((command.azimuth % 360) + 360) % 360) * 10));
      return;
    case "park":
      moved(L.MODE, 0);
      return;
  }
});

Atomics.store(words, L.SAFE, -1);
readWeather();
setInterval(readWeather, 250);
