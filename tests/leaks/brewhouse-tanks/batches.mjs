import { freeTank } from "./loops.mjs";

const MAX_READINGS = 48;

export class BrewError extends Error {
  constructor(message, status = 422) {
    super(message);
    this.status = status;
  }
}

export class Batch {
  constructor({ id, recipe, style, originalGravity, volumeL }, tank) {
    this.id = id;
    this.recipe = recipe;
    this.style = style;
    this.originalGravity = originalGravity;
    this.volumeL = volumeL;
    this.stage = "fermenting";
    this.readings = [];
    this.alerts = [];
    this.history = [{ stage: "fermenting", tank: tank.id, at: new Date().toISOString() }];
    this.tank = tank;
    tank.batch = this;
    this.unwatch = tank.loop.watch((status) => this.onLoop(status));
  }

  onLoop(status) {
    if (status.alarm) this.alert(`${this.tank.id}: glycol ${status.alarm}`);
    else if (status.supplyC > this.tank.loop.setpointC + 3) {
      this.alert(`${this.tank.id}: glycol supply at ${status.supplyC} °C`);
    }
  }

  alert(text) {
    this.alerts.push({ text, at: new Date().toISOString() });
    if (this.alerts.length > 10) this.alerts.shift();
  }

  record({ gravity, tempC }) {
    if (typeof gravity !== "number" || typeof tempC !== "number") {
      throw new BrewError("gravity and tempC are required");
    }
    this.readings.push({ gravity, tempC, at: Date.now() });
    if (this.readings.length > MAX_READINGS) this.readings.shift();
    return { id: this.id, gravity, attenuation: this.attenuation() };
  }

  attenuation() {
    const last = this.readings.at(-1);
    if (!last) return 0;
    const og = this.originalGravity - 1;
    return Math.round(((og - (last.gravity - 1)) / og) * 1000) / 10;
  }

  transfer() {
    if (this.stage !== "fermenting") throw new BrewError(`${this.id} is ${this.stage}`, 409);
    const to = freeTank("BT");
    if (!to) throw new BrewError("no bright tank free", 409);
    this.tank.batch = null;
    this.tank = to;
    to.batch = this;
    this.stage = "conditioning";
    this.history.push({ stage: "conditioning", tank: to.id, at: new Date().toISOString() });
    this.unwatch = to.loop.watch((status) => this.onLoop(status));
    return this;
  }

  package(format) {
    if (this.stage !== "conditioning") throw new BrewError(`${this.id} is ${this.stage}`, 409);
    this.unwatch();
    this.tank.batch = null;
    this.stage = "packaged";
    this.history.push({ stage: `packaged (${format})`, tank: null, at: new Date().toISOString() });
    return this;
  }

  summary() {
    return {
      id: this.id,
      recipe: this.recipe,
      stage: this.stage,
      tank: this.tank?.id ?? null,
      attenuation: this.attenuation(),
      alerts: this.alerts.length,
    };
  }
}
