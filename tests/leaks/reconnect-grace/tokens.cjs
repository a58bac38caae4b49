"use strict";
const crypto = require("node:crypto");

/** A dropped client has this long to come back into its match with the token. */
const GRACE_MS = 90_000;

const reconnectTokens = new Map();

function issue(session) {
  const token = crypto.randomBytes(18).toString("base64url");
  reconnectTokens.set(token, { session, issuedAt: Date.now(), expiresAt: Date.now() + GRACE_MS });
  return token;
}

/** One use per token: a successful reconnect gets a fresh one. */
function redeem(token) {
  const grant = reconnectTokens.get(token);
  if (!grant) return null;
  reconnectTokens.delete(token);
  if (grant.expiresAt < Date.now() || grant.session.closedAt) return null;
  return grant.session;
}

function outstanding() {
  return reconnectTokens.size;
}

module.exports = { issue, redeem, outstanding };
