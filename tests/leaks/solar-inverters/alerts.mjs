import { EventEmitter, on } from "node:events";
import { setTimeout as delay } from "node:timers/promises";

/** Curtailment events per inverter (`curtailed:<serial>`), for the control-room dashboards. */
export const alerts = new EventEmitter();
// Several dashboards watch the same inverter during an outage.
alerts.setMaxListeners(0);

export function announce(serial, breach) {
  alerts.emit(`curtailed:${serial}`, breach);
}

/** The next curtailment of an inverter, or null when none comes within `waitMs`. */
export async function nextCurtailment(serial, waitMs) {
  const events = on(alerts, `curtailed:${serial}`);
  const first = await Promise.race([events.next(), delay(waitMs, null)]);
  if (first === null) return null;
  await events.return();
  return first.value[0];
}
