"use strict";

const { AsyncLocalStorage } = require("node:async_hooks");
const { LruCache } = require("./lru.cjs");

class ChargeError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}
/** Per-request context (request id, station) for log lines and audit records. */
const requestContext = new AsyncLocalStorage();

const STATIONS = new Map([
  ["ams-zuid-04", { connectors: 4, kw: 50, centsPerKwh: 49 }],
  ["utr-cs-01", { connectors: 2, kw: 150, centsPerKwh: 69 }],
]);

/** Open charging sessions by transaction id; a stopped session leaves for the billing queue. */
const sessions = new Map();
/** stationId → Set of connector numbers in use; a station's Set goes when it is empty. */
const busyConnectors = new Map();
const billingQueue = [];
const quoteCache = new LruCache(50);
const stats = { started: 0, stopped: 0, billedCents: 0 };

function stationOrThrow(id) {
  const station = STATIONS.get(id);
  if (!station) throw new ChargeError(404, `no station ${id}`);
  return station;
}

function startSession(stationId, body) {
  const station = stationOrThrow(stationId);
  const connector = Number(body.connector);
  if (!Number.isInteger(connector) || connector < 1 || connector > station.connectors) {
    throw new ChargeError(422, `connector is 1–${station.connectors}`);
  }
  const tx = String(body.transactionId ?? "");
  if (!/^tx-\d{1,10}$/.test(tx)) throw new ChargeError(422, "transactionId like tx-123");
  if (sessions.has(tx)) throw new ChargeError(409, `${tx} already started`);
  let busy = busyConnectors.get(stationId);
  if (!busy) busyConnectors.set(stationId, busy = new Set());
  busy.add(`${connector}:${tx}`);
  sessions.set(tx, {
    tx,
    stationId,
    connector,
    idTag: String(body.idTag ?? "unknown"),
    startedAt: Date.now(),
    meterWh: 0,
    requestId: requestContext.getStore()?.requestId,
  });
  stats.started++;
  return { tx, station: stationId, connector };
}

function meter(tx, body) {
  const session = sessions.get(tx);
  if (!session) throw new ChargeError(404, `no session ${tx}`);
  const wh = Number(body.wh);
  if (!Number.isFinite(wh) || wh < session.meterWh) throw new ChargeError(422, "wh must not drop");
  session.meterWh = wh;
  return { tx, wh };
}

function stopSession(tx, body) {
  const session = sessions.get(tx);
  if (!session) throw new ChargeError(404, `no session ${tx}`);
  if (body.wh !== undefined) meter(tx, body);
  sessions.delete(tx);
  const busy = busyConnectors.get(session.stationId);
  busy?.delete(`${session.connector}:${tx}`);
  if (busy?.size === 0) busyConnectors.delete(session.stationId);
  const cents = Math.round((session.meterWh / 1000) * STATIONS.get(session.stationId).centsPerKwh);
  billingQueue.push({ tx, idTag: session.idTag, cents });
  stats.stopped++;
  return { tx, kwh: session.meterWh / 1000, cents };
}

async function drainBilling() {
  const batch = billingQueue.splice(0, 100);
  await Promise.resolve(); // the billing provider
  for (const item of batch) stats.billedCents += item.cents;
}

function quote(stationId, kwh) {
  const station = stationOrThrow(stationId);
  if (!Number.isFinite(kwh) || kwh <= 0 || kwh > 10_000) {
    throw new ChargeError(422, "kwh is 0–10000");
  }
  const key = `${stationId}:${kwh}`;
  let result = quoteCache.get(key);
  if (!result) {
    const minutes = Math.ceil((kwh / station.kw) * 60);
    result = { stationId, kwh, cents: Math.round(kwh * station.centsPerKwh), minutes };
    quoteCache.set(key, result);
  }
  return result;
}

function overview() {
  const stations = [...STATIONS.keys()].map((id) => ({ id, busy: busyConnectors.get(id)?.size }));
  return { stations, open: sessions.size, quotesCached: quoteCache.size, ...stats };
}

const api = { ChargeError, drainBilling, meter, overview, quote, requestContext };
module.exports = { ...api, startSession, stopSession };
