"use strict";

// The smart meters this head-end talks to (a fixed estate), each with its last 24 interval
// readings in a ring and its open alarms.

const RING = 24;
const MAX_ALARMS = 30;

class Meter {
  constructor(id, mpan, online) {
    this.id = id;
    this.mpan = mpan;
    this.online = online;
    this.readings = new Array(RING).fill(null);
    this.next = 0;
    this.lastReading = null;
    this.alarms = [];
    this.creditPence = 0;
  }

  record(reading) {
    this.readings[this.next] = reading;
    this.next = (this.next + 1) % RING;
    this.lastReading = reading;
  }

  alarm(kind, detail) {
    this.alarms.unshift({ kind, detail, at: new Date().toISOString() });
    if (this.alarms.length > MAX_ALARMS) this.alarms.length = MAX_ALARMS;
  }

  view() {
    return {
      id: this.id,
      mpan: this.mpan,
      online: this.online,
      lastReading: this.lastReading,
      readings: this.readings.filter(Boolean).length,
      alarms: this.alarms.slice(0, 5),
      creditPence: this.creditPence,
    };
  }
}

const meters = new Map([
  ["MTR-0001", new Meter("MTR-0001", "1012345678901", true)],
  ["MTR-0002", new Meter("MTR-0002", "1012345678918", false)],
  ["MTR-0003", new Meter("MTR-0003", "1012345678925", true)],
]);

/** Applies an event the meter pushed (alarms, outages, interval readings). */
function applyMeterEvent(meter, ev) {
  switch (ev.type) {
    case "reading":
      meter.record({ kWh: Number(ev.kWh), at: ev.at ?? new Date().toISOString(), source: "push" });
      break;
    case "power_fail":
      meter.online = false;
      meter.alarm("power", "supply lost");
      break;
    case "power_restore":
      meter.online = ev.meter !== "MTR-0002";
      meter.alarm("power", "supply restored");
      break;
    case "tamper":
    case "cover_open":
      meter.alarm("tamper", `${ev.type} ${ev.code ?? ""}`.trim());
      break;
    default:
      return false;
  }
  return true;
}

module.exports = { applyMeterEvent, meters };
