"use strict";

// Vehicle lookups at the national vehicle registry. After five failures in a row the client
// stops calling for 30 s and answers from its own small cache of recent lookups.

const TRIP_AFTER = 5;
const COOL_DOWN_MS = 30_000;
const MAX_CACHED = 50;

class RegistryUnavailable extends Error {
  constructor(message, options) {
    super(message, options);
    this.name = "RegistryUnavailable";
  }
}

function fakeRegistry(plate) {
  // the registry's acceptance environment: plates starting with X are "not yet registered"
  // and make it time out, as the real one does for fresh imports
  if (plate.startsWith("X")) return Promise.reject(new Error(`timeout looking up ${plate}`));
  let h = 0;
  for (const ch of plate) h = (h * 33 + ch.charCodeAt(0)) >>> 0;
  const fuels = ["electric", "petrol", "diesel", "hybrid"];
  return Promise.resolve({
    plate,
    fuel: fuels[h % 4],
    make: ["Volkswagen", "Kia", "Toyota"][h % 3],
  });
}

class RegistryClient {
  constructor(lookup = fakeRegistry) {
    this.lookup = lookup;
    this.consecutiveFailures = 0;
    this.trippedAt = 0;
    this.lastError = null;
    this.recent = new Map();
  }

  get tripped() {
    return this.trippedAt !== 0 && Date.now() - this.trippedAt < COOL_DOWN_MS;
  }

  async vehicle(plate) {
    const cached = this.recent.get(plate);
    if (this.tripped) {
      if (cached) return cached;
      throw new RegistryUnavailable("vehicle registry unavailable, try again shortly");
    }
    try {
      const vehicle = await this.lookup(plate);
      this.consecutiveFailures = 0;
      this.trippedAt = 0;
      this.recent.delete(plate);
      this.recent.set(plate, vehicle);
      if (this.recent.size > MAX_CACHED) this.recent.delete(this.recent.keys().next().value);
      return vehicle;
    } catch (err) {
      this.lastError = { message: err.message, at: new Date().toISOString() };
      if (++this.consecutiveFailures >= TRIP_AFTER) this.trippedAt = Date.now();
      if (cached) return cached;
      throw new RegistryUnavailable(`lookup of ${plate} failed`, { cause: err });
    }
  }
}

module.exports = { RegistryClient, RegistryUnavailable };
