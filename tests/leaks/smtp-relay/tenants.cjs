"use strict";

const TENANTS = {
  acme: { from: "no-reply@acme.example", replyTo: "support@acme.example", retries: 3 },
  globex: { from: "notifications@globex.example" },
};

function tenantConfig(name) {
  const t = TENANTS[name];
  if (!t) return null;
  return Object.assign({ tenant: name, host: "mail-gw.internal:2525" }, t);
}

module.exports = { tenantConfig };
