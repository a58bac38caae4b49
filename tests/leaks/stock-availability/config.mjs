// Settings with their defaults; anything here can be overridden from the environment.
const defaults = {
  WAREHOUSE_URL: "http://wms.internal:8080",
  WAREHOUSE_TIMEOUT_MS: "800",
  AVAILABILITY_CACHE_TTL_MS: "1500",
  AVAILABILITY_CACHE_SWEEP_MS: "500",
  DEFAULT_COUNTRY: "NL",
};

const fromEnv = Object.fromEntries(
  Object.keys(defaults)
    .filter((key) => process.env[key] !== undefined)
    .map((key) => [key, process.env[key]]),
);

export const config = Object.freeze({ ...defaults, ...fromEnv });
