"use strict";

const { groupDefaults, groupEvents } = require("./group.cjs");

class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const OVERRIDABLE = new Set([
  "checkInFrom",
  "checkOutBy",
  "cityTaxPerNight",
  "breakfast",
  "cancellation",
  "amenities",
]);

/** One hotel's effective configuration: the group's defaults with its own overrides on top. */
class PropertyConfig {
  constructor(property, overrides = {}) {
    this.property = property;
    this.overrides = { ...overrides };
    this.effective = null;
    this.refreshedAt = 0;
    this.refresh();
    groupEvents.on("defaults.changed", this.refresh.bind(this));
  }

  refresh() {
    this.effective = { ...groupDefaults, ...this.overrides };
    this.effective.amenities = [...(this.overrides.amenities ?? groupDefaults.amenities)];
    this.refreshedAt = Date.now();
  }

  override(patch) {
    for (const key of Object.keys(patch)) {
      if (!OVERRIDABLE.has(key)) throw new ApiError(400, `${key} is set by the group`);
    }
    Object.assign(this.overrides, patch);
    this.refresh();
  }

  dispose() {
    groupEvents.off("defaults.changed", this.refresh);
  }
}

/** Hotels in the group, each one a tenant of the booking engine. */
const properties = new Map();

function addProperty(body) {
  const code = String(body.code ?? "");
  if (!/^[A-Z]{3}\d+$/.test(code)) throw new ApiError(400, "property code like LON12");
  if (properties.has(code)) throw new ApiError(409, `${code} exists`);
  const property = {
    code,
    name: String(body.name ?? code),
    city: String(body.city ?? ""),
    rooms: Number(body.rooms ?? 0),
    gm: String(body.gm ?? ""),
    openedAt: new Date().toISOString(),
  };
  const config = new PropertyConfig(property, body.overrides ?? {});
  properties.set(code, config);
  return { code, effective: config.effective };
}

function configOf(code) {
  const config = properties.get(code);
  if (!config) throw new ApiError(404, `no property ${code}`);
  return config;
}

function overrideProperty(code, patch) {
  const config = configOf(code);
  config.override(patch);
  return { code, effective: config.effective };
}

function removeProperty(code) {
  const config = configOf(code);
  config.dispose();
  properties.delete(code);
  return { code, removed: true };
}

function listProperties() {
  return [...properties.values()].map((c) => ({ code: c.property.code, name: c.property.name }));
}

module.exports = {
  addProperty,
  ApiError,
  configOf,
  listProperties,
  overrideProperty,
  removeProperty,
};
