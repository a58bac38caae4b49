import { DnoClient } from "./dno-client.mjs";

const SUBMIT_TIMEOUT_MS = 250;
const dno = new DnoClient();

export const stats = { submitted: 0, failed: 0, lastError: null };

/** Setpoint that brings the site's export back under its agreed limit (G99 connection). */
export function setpointFor(site, reading) {
  const excess = reading.exportW - site.exportLimitW;
  return Math.max(0, Math.round(reading.acPowerW - excess - site.marginW));
}

async function submit(event) {
  const ctrl = new AbortController();
  const timer = setTimeout(
    () => ctrl.abort(new Error("DNO did not answer in time")),
    SUBMIT_TIMEOUT_MS,
  );
  try {
    return await dno.send(event, { signal: ctrl.signal });
  } finally {
    clearTimeout(timer);
  }
}

/** Reports an export-limit breach and the setpoint applied to the inverter. */
export async function reportBreach(site, inverter, reading) {
  const event = {
    mpan: site.mpan,
    inverter: inverter.serial,
    observedExportW: reading.exportW,
    limitW: site.exportLimitW,
    setpointW: setpointFor(site, reading),
    at: reading.at,
  };
  try {
    const ack = await submit(event);
    stats.submitted++;
    return { ...event, ref: ack.ref, accepted: ack.accepted };
  } catch (err) {
    stats.failed++;
    stats.lastError = String(err?.message ?? err);
    return { ...event, ref: null, accepted: false };
  }
}
