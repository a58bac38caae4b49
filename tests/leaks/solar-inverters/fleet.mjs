import { announce } from "./alerts.mjs";
import { reportBreach } from "./curtailment.mjs";

const HISTORY = 48;

export class FleetError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const sites = new Map([
  ["SITE-HX", {
    name: "Halifax depot roof",
    mpan: "2312345678901",
    exportLimitW: 3680,
    marginW: 150,
  }],
  ["SITE-WK", { name: "Wakefield barn", mpan: "2398765432109", exportLimitW: 5000, marginW: 200 }],
]);

const inverters = new Map([
  ["INV-5K-0012", { serial: "INV-5K-0012", site: "SITE-HX", ratedW: 5000 }],
  ["INV-8K-0340", { serial: "INV-8K-0340", site: "SITE-WK", ratedW: 8000 }],
  ["INV-3K-0777", { serial: "INV-3K-0777", site: "SITE-WK", ratedW: 3000 }],
].map(([serial, inv]) => [serial, { ...inv, readings: [], lastBreach: null, energyKWh: 0 }]));

function num(v, name) {
  const n = Number(v);
  if (!Number.isFinite(n)) throw new FleetError(422, `${name} must be a number`);
  return n;
}

export async function ingest(serial, body) {
  const inverter = inverters.get(serial);
  if (!inverter) throw new FleetError(404, `unknown inverter ${serial}`);
  const site = sites.get(inverter.site);
  const reading = {
    at: body.at ?? new Date().toISOString(),
    acPowerW: num(body.acPowerW, "acPowerW"),
    exportW: num(body.exportW ?? 0, "exportW"),
    dcVoltage: num(body.dcVoltage, "dcVoltage"),
    tempC: num(body.tempC, "tempC"),
    fault: body.fault ? String(body.fault).slice(0, 40) : null,
  };
  if (reading.acPowerW > inverter.ratedW * 1.1) {
    throw new FleetError(422, "acPowerW above the inverter's rating");
  }
  inverter.readings.push(reading);
  if (inverter.readings.length > HISTORY) inverter.readings.shift();
  // Readings arrive every 5 minutes.
  inverter.energyKWh += reading.acPowerW / 1000 / 12;

  if (reading.exportW > site.exportLimitW) {
    inverter.lastBreach = await reportBreach(site, inverter, reading);
    announce(serial, inverter.lastBreach);
    return { status: "curtailed", breach: inverter.lastBreach };
  }
  return { status: "ok" };
}

export function inverterOf(serial) {
  const inv = inverters.get(serial);
  if (!inv) throw new FleetError(404, `unknown inverter ${serial}`);
  return inv;
}

export function inverterView(serial) {
  const inv = inverterOf(serial);
  const latest = inv.readings.at(-1) ?? null;
  return {
    serial,
    site: inv.site,
    energyKWh: Math.round(inv.energyKWh * 100) / 100,
    latest,
    lastBreach: inv.lastBreach,
  };
}

export function fleetView() {
  return [...sites].map(([id, site]) => {
    const members = [...inverters.values()].filter((i) => i.site === id);
    const nowW = members.reduce((w, i) => w + (i.readings.at(-1)?.acPowerW ?? 0), 0);
    return {
      id,
      name: site.name,
      exportLimitW: site.exportLimitW,
      nowW,
      inverters: members.length,
    };
  });
}
