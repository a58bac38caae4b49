import { parse } from "./vendor/envfile/index.mjs";

// Defaults for local runs; deployments override them through the environment.
const DEFAULTS = `
PORTAL_NAME="Riverside Health patient portal"
UPSTREAM_URL=http://prefs.internal.riverside.example
PREFS_CACHE_TTL_MS=200        # the prefs service is the source of truth
PREFS_SWEEP_MS=100
QUIET_HOURS_DEFAULT=22:00-07:00
OUTBOX_KEPT=20
`;

const fromEnv = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => k.startsWith("PREFS_") || k === "OUTBOX_KEPT"),
);

export const config = { ...parse(DEFAULTS), ...fromEnv };
