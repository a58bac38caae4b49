"use strict";
// Workspace permissions: a role per member, a grant per action, and decisions cached per
// (user, action, file) in a bounded LRU that a role change clears for that user.
const { LruCache } = require("./lru.cjs");

const GRANTS = {
  admin: ["read", "write", "share", "delete"],
  member: ["read", "write"],
  guest: ["read"],
};

const roles = new Map([
  ["ws-1", new Map([["u-ana", "admin"], ["u-ben", "guest"], ["u-cas", "member"]])],
]);

const decisionCache = new LruCache(256);

function decide(workspace, userId, action, fileId) {
  const key = `${workspace}:${userId}:${action}:${fileId}`;
  const cached = decisionCache.get(key);
  if (cached) return cached;
  const role = roles.get(workspace)?.get(userId);
  const allowed = role !== undefined && GRANTS[role].includes(action);
  const decision = { allowed, role: role ?? null, decidedAt: Date.now() };
  decisionCache.set(key, decision);
  return decision;
}

function setRole(workspace, userId, role) {
  if (!GRANTS[role]) return false;
  roles.get(workspace)?.set(userId, role);
  decisionCache.deleteWhere((key) => key.startsWith(`${workspace}:${userId}:`));
  return true;
}

/** The last 100 denials, newest last. */
const denials = [];
function recordDenial(entry) {
  denials.push(entry);
  if (denials.length > 100) denials.splice(0, denials.length - 100);
}

module.exports = { decide, setRole, recordDenial, denials, decisionCache };
