const Joi = require("joi");

const REPORTS = ["invoice-ledger", "payouts", "refunds", "vat-summary"];

// What a client may ask for; the request id is the client's own, so a retry can poll the
// same job.
const exportSpec = Joi.object({
  tenant: Joi.string().pattern(/^[a-z0-9-]{3,40}$/).required(),
  report: Joi.string().valid(...REPORTS).required(),
  from: Joi.string().isoDate().required(),
  to: Joi.string().isoDate().required(),
  format: Joi.string().valid("csv", "json").default("csv"),
  currency: Joi.string().length(3).uppercase().default("EUR"),
  requestId: Joi.string().max(64).required(),
});

// The job id is stable for a given client request: tenant, report, period and request id.
function exportId(spec) {
  return `${spec.tenant}:${spec.report}:${spec.from.slice(0, 10)}..${
    spec.to.slice(0, 10)
  }:${spec.requestId}`;
}

module.exports = { exportSpec, exportId, REPORTS };
