"use strict";

// Store details (name, hours, timezone) are read on every order request and change a few times a
// year, through the admin tool, which calls refresh(). Keep them loaded instead of querying the
// stores table each time.

const storeCache = new Map();
let loader = null;

async function warm(orm) {
  const em = orm.fork();
  const stores = await em.find("Store", {});
  for (const store of stores) storeCache.set(store.id, store);
  loader = orm;
  return storeCache.size;
}

/** Reloads one store after an admin edit; the cached object is updated in place. */
async function refresh(id) {
  const fresh = await loader.fork().findOne("Store", { id });
  const cached = storeCache.get(id);
  if (!fresh) {
    storeCache.delete(id);
    return null;
  }
  if (!cached) {
    storeCache.set(id, fresh);
    return fresh;
  }
  for (const key of ["name", "city", "timezone", "phone", "openingHours", "deliveryRadiusKm"]) {
    cached[key] = fresh[key];
  }
  return cached;
}

function getStore(id) {
  return storeCache.get(id) ?? null;
}

function allStores() {
  return [...storeCache.values()];
}

module.exports = { warm, refresh, getStore, allStores, storeCache };
