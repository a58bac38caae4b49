"use strict";

// Members from the library's membership register, kept in a 32-entry LRU.
const MAX_CACHED = 32;
const cache = new Map();
const counts = { lookups: 0, misses: 0 };

async function fetchMember(id) {
  await new Promise((resolve) => setTimeout(resolve, 2));
  const n = Number(String(id).replace(/\D/g, ""));
  if (!(n > 0)) return undefined;
  return {
    id,
    name: `Member ${n}`,
    street: ["Oudegracht", "Lange Nieuwstraat"][n % 2],
    blocked: false,
  };
}

async function findMember(id) {
  counts.lookups++;
  if (cache.has(id)) {
    const member = cache.get(id);
    cache.delete(id);
    cache.set(id, member);
    return member;
  }
  counts.misses++;
  const member = await fetchMember(id);
  if (!member) return undefined;
  cache.set(id, member);
  if (cache.size > MAX_CACHED) cache.delete(cache.keys().next().value);
  return member;
}

module.exports = { findMember, memberStats: () => ({ ...counts, cached: cache.size }) };
