"use strict";

const { loadMenu } = require("./menus.cjs");

const cached = new Map(); // storeId -> menu
const loading = new Map(); // storeId -> promise

/** Menus are cached until the back office changes them; concurrent misses share a load. */
function getMenu(storeId) {
  const menu = cached.get(storeId);
  if (menu) return Promise.resolve(menu);
  let p = loading.get(storeId);
  if (p) return p;
  p = loadMenu(storeId).then((loaded) => {
    if (loading.get(storeId) === p && loaded) cached.set(storeId, loaded);
    return loaded;
  }).finally(() => {
    if (loading.get(storeId) === p) loading.delete(storeId);
  });
  loading.set(storeId, p);
  return p;
}

function invalidateMenu(storeId) {
  cached.delete(storeId);
  // a load already running read the old data
  loading.delete(storeId);
}

function menuCacheStats() {
  return { cached: cached.size, loading: loading.size };
}

module.exports = { getMenu, invalidateMenu, menuCacheStats };
