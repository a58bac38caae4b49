const Ajv = require("ajv");

// One Ajv for the process: it keeps what it has compiled, so each form compiles once.
const ajv = new Ajv({ allErrors: true, coerceTypes: true, useDefaults: true });

// Tenant form settings as the settings table returns them (the custom fields are JSON text).
const settingsRows = new Map([
  ["northwind", {
    formVersion: 7,
    fieldsJson: JSON.stringify([
      { name: "name", type: "string", required: true, maxLength: 120 },
      { name: "email", type: "string", format: "email", required: true },
      { name: "employees", type: "integer", minimum: 1 },
      { name: "plan", type: "string", enum: ["starter", "team", "enterprise"], default: "starter" },
      { name: "notes", type: "string", maxLength: 2000 },
    ]),
  }],
  ["harbour-legal", {
    formVersion: 2,
    fieldsJson: JSON.stringify([
      { name: "name", type: "string", required: true },
      {
        name: "matter",
        type: "string",
        enum: ["conveyancing", "probate", "family"],
        required: true,
      },
      { name: "phone", type: "string", pattern: "^[0-9 +()-]{6,20}$" },
    ]),
  }],
]);

function schemaFromFields(fields) {
  const properties = {};
  for (const { name, required: _r, format, ...rule } of fields) {
    properties[name] = format === "email" ? { ...rule, pattern: "^[^@\\s]+@[^@\\s]+$" } : rule;
  }
  return {
    type: "object",
    properties,
    required: fields.filter((f) => f.required).map((f) => f.name),
    additionalProperties: false,
  };
}

/** The tenant's intake validator, built from its current form settings. */
function validatorFor(tenantId) {
  const row = settingsRows.get(tenantId);
  if (!row) return null;
  const schema = schemaFromFields(JSON.parse(row.fieldsJson));
  const validate = ajv.compile(schema);
  return { validate, formVersion: row.formVersion };
}

module.exports = { validatorFor };
