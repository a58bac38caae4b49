"use strict";

const { Poller } = require("./poller.cjs");

const POLL_MS = 2_000;
const KEEP_READINGS = 48;

/** Watches one refrigerated container's controller while it is on the terminal. */
class ReeferMonitor extends Poller {
  constructor(container, telemetry) {
    super({ name: `reefer:${container.id}`, intervalMs: POLL_MS });
    this.container = container;
    this.telemetry = telemetry;
    this.readings = [];
    this.excursions = [];
    this.pluggedAt = new Date().toISOString();
  }

  async poll() {
    const reading = await this.telemetry.read(this.container.id);
    this.record(reading);
  }

  record(reading) {
    this.readings.push(reading);
    if (this.readings.length > KEEP_READINGS) this.readings.shift();
    const { setpointC, toleranceC } = this.container;
    if (Math.abs(reading.supplyC - setpointC) > toleranceC) {
      this.excursions.push({ at: reading.at, supplyC: reading.supplyC });
      this.emit("excursion", this.container.id, reading);
    }
  }

  /**
   * The container is unplugged for loading: stop polling and hand back what the cold-chain
   * certificate needs.
   */
  unplug() {
    clearInterval(this.timer);
    this.timer = null;
    const last = this.readings.at(-1);
    return {
      container: this.container.id,
      commodity: this.container.commodity,
      pluggedAt: this.pluggedAt,
      unpluggedAt: new Date().toISOString(),
      readings: this.readings.length,
      excursions: this.excursions.length,
      lastSupplyC: last?.supplyC ?? null,
    };
  }
}

module.exports = { ReeferMonitor };
