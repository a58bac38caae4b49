import type { Inverter } from "./fleet.ts";

/** What the inverter answers to a power-limit write (SunSpec model 123, WMaxLimPct). */
export interface Ack {
  inverter: string;
  appliedKw: number;
  at: number;
}

const ACK_TIMEOUT_MS = 120;

/**
 * The Modbus-TCP gateway in the substation, simulated: a reachable inverter acknowledges a
 * setpoint in 20 to 50 ms; an unreachable one never does, and the write times out.
 */
export class Gateway {
  writes = 0;
  timeouts = 0;

  send(inv: Inverter, setpointKw: number): Promise<Ack> {
    this.writes++;
    return new Promise((resolve, reject) => {
      if (!inv.linkUp) {
        setTimeout(() => {
          this.timeouts++;
          reject(new Error(`${inv.id}: no answer in ${ACK_TIMEOUT_MS} ms`));
        }, ACK_TIMEOUT_MS);
        return;
      }
      const latency = 20 + Math.floor(Math.random() * 30);
      setTimeout(() => {
        resolve({ inverter: inv.id, appliedKw: Math.min(setpointKw, inv.ratedKw), at: Date.now() });
      }, latency);
    });
  }
}
