"use strict";

const checks = new Map();

/** One check per subsystem name; registering again replaces it. */
function registerHealthCheck(name, check) {
  checks.set(name, { name, check, registeredAt: Date.now() });
}

async function readiness() {
  const out = {};
  for (const { name, check } of checks.values()) {
    try {
      await check();
      out[name] = "ok";
    } catch (err) {
      out[name] = String(err);
    }
  }
  return { ready: Object.values(out).every((v) => v === "ok"), checks: out };
}

module.exports = { registerHealthCheck, readiness };
