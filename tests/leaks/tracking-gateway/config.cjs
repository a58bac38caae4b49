"use strict";

// Settings come from the environment, where everything is a string, so the defaults are
// written the same way and numbers are converted below.
const DEFAULTS = {
  CARRIER_TIMEOUT_MS: "2500",
  TRACKING_CACHE_SIZE: "64",
  NOTIFY_BATCH_SIZE: "20",
  // Records every request and response for replay against staging; on while debugging only.
  RECORD_TRAFFIC: "false",
  RECORD_BODIES: "true",
};

const settings = { ...DEFAULTS };
for (const key of Object.keys(DEFAULTS)) {
  if (process.env[key] !== undefined) settings[key] = process.env[key];
}

module.exports = {
  carrierTimeoutMs: Number(settings.CARRIER_TIMEOUT_MS),
  trackingCacheSize: Number(settings.TRACKING_CACHE_SIZE),
  notifyBatchSize: Number(settings.NOTIFY_BATCH_SIZE),
  recordTraffic: settings.RECORD_TRAFFIC,
  recordBodies: settings.RECORD_BODIES,
};
