/** Settings every tenant has, with the platform default and how a value is checked. */
export const SCHEMA = {
  "limits.maxUploadsPerDay": { type: "number", default: 200 },
  "limits.maxSeats": { type: "number", default: 25 },
  "branding.primaryColor": { type: "string", default: "#1d4ed8" },
  "billing.invoiceDay": { type: "number", default: 1 },
  "support.tier": { type: "string", default: "standard" },
};

/** Per-tenant flag overrides ("flags.<flag-key>") ride on the same store as the settings. */
const FLAG_PREFIX = "flags.";

const IS_TYPE = {
  number: (v) => typeof v === "number" && Number.isFinite(v),
  string: (v) => typeof v === "string",
};

/** tenantId -> Map(key -> override) */
export const tenantOverrides = new Map();

export function validate(key, value) {
  if (key.startsWith(FLAG_PREFIX)) {
    return typeof value === "boolean" ? null : `${key} must be a boolean`;
  }
  const spec = SCHEMA[key];
  if (!spec) return `unknown setting ${key}`;
  return IS_TYPE[spec.type](value) ? null : `${key} must be a ${spec.type}`;
}

export function setOverride(tenant, key, value, actor) {
  let forTenant = tenantOverrides.get(tenant);
  if (!forTenant) {
    forTenant = new Map();
    tenantOverrides.set(tenant, forTenant);
  }
  forTenant.set(key, { key, value, setBy: actor, setAt: new Date().toISOString() });
}

/** Back to the platform defaults: drops the tenant's overrides of every setting. */
export function resetOverrides(tenant) {
  const forTenant = tenantOverrides.get(tenant);
  if (!forTenant) return 0;
  let removed = 0;
  for (const key of Object.keys(SCHEMA)) {
    if (forTenant.delete(key)) removed++;
  }
  return removed;
}

/** Defaults with the tenant's overrides applied; flags listed apart. */
export function effectiveConfig(tenant) {
  const settings = {};
  for (const [key, spec] of Object.entries(SCHEMA)) settings[key] = spec.default;
  const flags = {};
  for (const [key, o] of tenantOverrides.get(tenant) ?? []) {
    if (key.startsWith(FLAG_PREFIX)) flags[key.slice(FLAG_PREFIX.length)] = o.value;
    else settings[key] = o.value;
  }
  return { tenant, settings, flags };
}
