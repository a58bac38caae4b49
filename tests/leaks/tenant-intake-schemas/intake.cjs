const { validatorFor } = require("./schemas.cjs");

const stats = new Map();
const LATEST = 20;

function statsFor(tenantId) {
  let s = stats.get(tenantId);
  if (!s) {
    s = { accepted: 0, rejected: 0, latest: [] };
    stats.set(tenantId, s);
  }
  return s;
}

/** Validates one submission against the tenant's form; keeps counts and the latest 20. */
function submit(tenantId, data) {
  const v = validatorFor(tenantId);
  if (!v) return { status: 404, body: { error: "unknown tenant" } };
  const s = statsFor(tenantId);
  if (!v.validate(data)) {
    s.rejected++;
    const errors = v.validate.errors.map((e) => `${e.instancePath || "/"} ${e.message}`);
    return { status: 422, body: { errors, formVersion: v.formVersion } };
  }
  s.accepted++;
  s.latest.push({ at: new Date().toISOString(), name: data.name, plan: data.plan });
  if (s.latest.length > LATEST) s.latest.shift();
  return { status: 201, body: { accepted: true, formVersion: v.formVersion, data } };
}

module.exports = { submit, statsFor };
