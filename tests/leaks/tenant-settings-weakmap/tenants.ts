/**
 * Tenant configuration: stored as JSON documents with a version (a database in production),
 * parsed once per version, with the price rules compiled once per parsed configuration.
 */
export interface TenantConfig {
  tenant: string;
  version: number;
  currency: string;
  discountPercent: number;
  freeShippingFromCents: number;
  blockedSkus: string[];
}

export interface PriceRules {
  version: number;
  price(sku: string, unitCents: number, qty: number): number;
  shipping(subtotalCents: number): number;
}

const stored = new Map<string, { version: number; json: string }>([
  ["acme", {
    version: 1,
    json:
      '{"currency":"EUR","discountPercent":5,"freeShippingFromCents":5000,"blockedSkus":["GAS-XL"]}',
  }],
  ["globex", {
    version: 1,
    json: '{"currency":"GBP","discountPercent":0,"freeShippingFromCents":7500,"blockedSkus":[]}',
  }],
]);

/** The parsed configuration of each tenant, for its current version only. */
const parsed = new Map<string, TenantConfig>();
/** Compiled rules live exactly as long as the configuration they were compiled from. */
const rulesByConfig = new WeakMap<TenantConfig, PriceRules>();

export function configOf(tenant: string): TenantConfig | undefined {
  const doc = stored.get(tenant);
  if (!doc) return undefined;
  const current = parsed.get(tenant);
  if (current?.version === doc.version) return current;
  const config: TenantConfig = { tenant, version: doc.version, ...JSON.parse(doc.json) };
  parsed.set(tenant, config);
  return config;
}

export function rulesOf(config: TenantConfig): PriceRules {
  let rules = rulesByConfig.get(config);
  if (!rules) {
    const blocked = new Set(config.blockedSkus);
    const factor = 1 - config.discountPercent / 100;
    rules = {
      version: config.version,
      price(sku, unitCents, qty) {
        if (blocked.has(sku)) throw new Error(`${sku} cannot be sold to ${config.tenant}`);
        return Math.round(unitCents * qty * factor);
      },
      shipping: (subtotal) => subtotal >= config.freeShippingFromCents ? 0 : 495,
    };
    rulesByConfig.set(config, rules);
  }
  return rules;
}

export function updateConfig(tenant: string, patch: Record<string, unknown>): TenantConfig {
  const doc = stored.get(tenant);
  if (!doc) throw new Error(`no tenant ${tenant}`);
  const next = { ...JSON.parse(doc.json), ...patch };
  delete next.note;
  stored.set(tenant, { version: doc.version + 1, json: JSON.stringify(next) });
  return configOf(tenant)!;
}
