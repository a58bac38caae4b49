import { WeakSignal } from "./weak_signal.ts";

export interface SwellReading {
  at: number;
  heightM: number;
  periodS: number;
  directionDeg: number;
  windKts: number;
}

export interface Spot {
  id: string;
  name: string;
  region: string;
  facingDeg: number;
  bestTide: "low" | "mid" | "high";
  swell: WeakSignal<SwellReading>;
}

function spot(
  id: string,
  name: string,
  region: string,
  facingDeg: number,
  bestTide: Spot["bestTide"],
) {
  return { id, name, region, facingDeg, bestTide, swell: new WeakSignal<SwellReading>() };
}

export const spots = new Map<string, Spot>([
  ["scheveningen-pier", spot("scheveningen-pier", "Scheveningen Pier", "Zuid-Holland", 290, "mid")],
  ["wijk-aan-zee", spot("wijk-aan-zee", "Wijk aan Zee", "Noord-Holland", 280, "high")],
  ["domburg", spot("domburg", "Domburg", "Zeeland", 315, "low")],
]);

// The buoy network pushes a reading per spot every few hundred milliseconds in the demo; in
// production this is the marine institute's MQTT feed.
let tick = 0;
setInterval(() => {
  tick++;
  for (const s of spots.values()) {
    const phase = (tick + s.facingDeg) / 12;
    s.swell.emit({
      at: Date.now(),
      heightM: Math.round((1.2 + Math.sin(phase) * 0.6) * 10) / 10,
      periodS: 7 + Math.round(Math.cos(phase / 2) * 3),
      directionDeg: (s.facingDeg + 20 * Math.sin(phase / 3) + 360) % 360,
      windKts: 8 + Math.round(Math.abs(Math.sin(phase / 5)) * 14),
    });
  }
}, 250);
