import { chain, HOOKS_BY_SETTING, passThrough } from "./hooks.mjs";

const tenants = new Map();

export function updateSettings(tenant, patch) {
  const changed = Object.keys(patch).filter((k) => k in HOOKS_BY_SETTING);
  Object.assign(tenant.settings, patch);
  // only the hooks whose settings changed need (re)installing
  for (const key of changed) {
    tenant.beforeSend = chain(tenant.beforeSend, HOOKS_BY_SETTING[key](tenant.settings));
  }
  tenant.settingsVersion++;
  return changed;
}

function createTenant(id, settings) {
  const tenant = { id, settings: {}, settingsVersion: 0, beforeSend: passThrough, sent: 0 };
  updateSettings(tenant, settings);
  tenants.set(id, tenant);
  return tenant;
}

createTenant("kestrel", {
  fromAddress: "hello@kestrel-outdoor.example",
  footer: "Kestrel Outdoor · Havenstraat 4 · Utrecht",
  trackingDomain: "t.kestrel-outdoor.example",
  unsubscribeMailto: "unsubscribe@kestrel-outdoor.example",
});
createTenant("orchard", {
  fromAddress: "news@orchard-books.example",
  footer: "Orchard Books",
  unsubscribeMailto: "leave@orchard-books.example",
});

export function tenantById(id) {
  return tenants.get(id);
}
