"use strict";

const { AuthError } = require("./directory.cjs");

const ROLE_GRANTS = {
  "employee": ["payslips:read:own", "leave:read:own", "leave:request:own", "profile:read:own"],
  "manager": ["leave:read:team", "leave:approve:team", "profile:read:team", "reviews:write:team"],
  "hr-admin": [
    "payslips:read:any",
    "leave:read:any",
    "profile:read:any",
    "profile:write:any",
    "roles:write:any",
  ],
};

// Expanding roles into grants walks the role table on every request, so the result is kept
// per user. It is not a WeakMap because a role change has to find the user's entries by id.
const grantCache = new Map();

function grantsFor(user) {
  let grants = grantCache.get(user);
  if (!grants) {
    grants = new Set(user.roles.flatMap((role) => ROLE_GRANTS[role] ?? []));
    grantCache.set(user, grants);
  }
  return grants;
}

/** `can(user, "leave:read", "team")` also passes with the broader "any" scope. */
function can(user, action, scope) {
  const grants = grantsFor(user);
  if (grants.has(`${action}:any`)) return true;
  if (scope === "own") return grants.has(`${action}:own`);
  return grants.has(`${action}:${scope}`);
}

function requirePermission(user, action, scope) {
  if (!can(user, action, scope)) throw new AuthError(403, `missing permission ${action}:${scope}`);
}

function invalidateUser(userId) {
  for (const user of grantCache.keys()) {
    if (user.id === userId) grantCache.delete(user);
  }
}

module.exports = { can, invalidateUser, requirePermission };
