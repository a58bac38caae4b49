import { Channel } from "./channel.ts";

/** A pallet scanned at a dock door by a handheld. */
export interface Scan {
  kind: "scan";
  pallet: string;
  door: string;
  direction: "in" | "out";
  destination: string;
  weightKg: number;
  at: number;
}

/** A door sensor or dock leveller reporting a fault (a handful a day). */
export interface Alert {
  kind: "alert";
  door: string;
  code: string;
  message: string;
  at: number;
}

export const scans = new Channel<Scan>();
export const alerts = new Channel<Alert>();
