"use strict";

/**
 * Member records from the association's administration (a slow SOAP service in real life):
 * concurrent lookups share one call, answers kept a minute, at most 40 members.
 */
const { setTimeout: sleep } = require("node:timers/promises");

const MAX = 40;
const TTL_MS = 60_000;
const entries = new Map();

async function fetchMember(id) {
  await sleep(2);
  const n = Number(id.replace(/\D/g, "")) || 0;
  return {
    id,
    name: `Member ${n}`,
    address: `Tuinpad ${1 + (n % 80)}, Utrecht`,
    phone: `+31 6 ${String(10000000 + n).slice(-8)}`,
    since: 2005 + (n % 19),
  };
}

function makeRoom() {
  while (entries.size >= MAX) entries.delete(entries.keys().next().value);
}

function getMember(id) {
  const hit = entries.get(id);
  if (hit && (hit.pending || hit.expiresAt > Date.now())) return hit.promise;
  if (!hit) makeRoom();
  const entry = { pending: true, expiresAt: 0, promise: null };
  entry.promise = fetchMember(id).then(
    (member) => {
      entry.pending = false;
      entry.expiresAt = Date.now() + TTL_MS;
      return member;
    },
    (err) => {
      if (entries.get(id) === entry) entries.delete(id);
      throw err;
    },
  );
  entries.set(id, entry);
  return entry.promise;
}

module.exports = { getMember, cachedMembers: () => entries.size };
