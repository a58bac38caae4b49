"use strict";
const crypto = require("node:crypto");

/**
 * Synchronizer tokens, one per rendered form, so a token taken from one form can't be replayed
 * against another.
 */
function issueToken(session, formId, path) {
  const token = crypto.randomBytes(24).toString("base64url");
  session.csrfTokens.push({ token, formId, path, issuedAt: Date.now() });
  return token;
}

function consumeToken(session, formId, token) {
  const index = session.csrfTokens.findIndex((t) => t.token === token && t.formId === formId);
  if (index === -1) return false;
  session.csrfTokens.splice(index, 1);
  return true;
}

module.exports = { issueToken, consumeToken };
