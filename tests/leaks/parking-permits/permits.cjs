"use strict";

const { permitPrice, zones } = require("./zones.cjs");
const { RegistryClient, RegistryUnavailable } = require("./registry-client.cjs");

class PermitError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const registry = new RegistryClient();

// Replayed submissions (the form double-posts on slow connections) get the first answer back.
const IDEMPOTENCY_TTL_MS = 10 * 60_000;
const MAX_REMEMBERED = 64;
const answered = new Map();

// Holders per address, for the per-address permit limit: the resident register sends a
// fixed set of test addresses.
const holdersByAddress = new Map();

function remember(key, response) {
  answered.set(key, { response, at: Date.now() });
  const cutoff = Date.now() - IDEMPOTENCY_TTL_MS;
  for (const [k, entry] of answered) {
    if (answered.size <= MAX_REMEMBERED && entry.at >= cutoff) break;
    answered.delete(k);
  }
}

async function quote({ plate, zone, months = 12 }) {
  if (typeof plate !== "string" || !/^[A-Z0-9-]{6,10}$/.test(plate)) {
    throw new PermitError(422, "licence plate like AB-123-C expected");
  }
  if (!zones.has(zone)) throw new PermitError(404, "unknown zone");
  if (![3, 6, 12].includes(months)) throw new PermitError(422, "months must be 3, 6 or 12");
  let vehicle;
  try {
    vehicle = await registry.vehicle(plate);
  } catch (err) {
    if (err instanceof RegistryUnavailable) throw new PermitError(503, err.message);
    throw err;
  }
  return {
    plate,
    zone,
    months,
    vehicle,
    priceCents: permitPrice(zone, vehicle.fuel, months),
    waitingList: zones.get(zone).waitingList,
  };
}

async function apply(idempotencyKey, body) {
  const replay = idempotencyKey && answered.get(idempotencyKey);
  if (replay) return { ...replay.response, replayed: true };
  const offer = await quote(body);
  const address = String(body.address ?? "");
  const holders = holdersByAddress.get(address) ?? new Set();
  const limit = zones.get(offer.zone).maxPermitsPerAddress;
  if (!holders.has(offer.plate) && holders.size >= limit) {
    throw new PermitError(409, `address already holds ${limit} permit(s)`);
  }
  holders.add(offer.plate);
  holdersByAddress.set(address, holders);
  const response = { ...offer, status: offer.waitingList ? "waiting-list" : "granted" };
  if (idempotencyKey) remember(idempotencyKey, response);
  return response;
}

function cancel(address, plate) {
  const holders = holdersByAddress.get(address);
  if (!holders?.delete(plate)) return false;
  if (holders.size === 0) holdersByAddress.delete(address);
  return true;
}

function registryHealth() {
  return {
    tripped: registry.tripped,
    consecutiveFailures: registry.consecutiveFailures,
    lastError: registry.lastError,
    cachedVehicles: registry.recent.size,
    remembered: answered.size,
    addresses: holdersByAddress.size,
  };
}

module.exports = { apply, cancel, PermitError, quote, registryHealth };
