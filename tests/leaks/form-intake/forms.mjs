// Form definitions and submission validation. Every form shares the base contact schema and
// adds its own fields and rules on top (the form builder stores only the overrides).
import Ajv from "ajv";
import _ from "lodash";

const ajv = new Ajv({ allErrors: true, coerceTypes: false, removeAdditional: "failing" });

const BASE_SCHEMA = {
  type: "object",
  required: ["name", "email", "consent"],
  additionalProperties: false,
  properties: {
    name: { type: "string", minLength: 2, maxLength: 120 },
    email: { type: "string", pattern: "^[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$", maxLength: 254 },
    phone: { type: "string", pattern: "^\\+?[0-9 ()-]{6,20}$" },
    consent: { const: true },
  },
};

export const forms = new Map([
  [
    "event-signup",
    {
      tenant: "northwind",
      title: "Spring meetup sign-up",
      schemaOverrides: {
        required: ["session"],
        properties: {
          session: { enum: ["morning", "afternoon", "workshop"] },
          dietary: {
            type: "array",
            items: { enum: ["vegan", "vegetarian", "gluten-free", "halal"] },
          },
          guests: { type: "integer", minimum: 0, maximum: 3 },
        },
      },
    },
  ],
  [
    "support-callback",
    {
      tenant: "northwind",
      title: "Request a call back",
      schemaOverrides: {
        required: ["phone", "topic"],
        properties: {
          topic: { enum: ["billing", "delivery", "returns", "other"] },
          order: { type: "string", pattern: "^NW-[0-9]{4,10}$" },
          message: { type: "string", maxLength: 2000 },
        },
      },
    },
  ],
]);

// The form's effective schema: base + overrides (required lists are concatenated, not merged
// index by index).
function schemaFor(form) {
  return _.mergeWith(
    {},
    BASE_SCHEMA,
    form.schemaOverrides,
    (dst, src) => Array.isArray(dst) && Array.isArray(src) ? _.uniq([...dst, ...src]) : undefined,
  );
}

const submissions = [];
const counts = new Map();

export function submit(formId, payload) {
  const form = forms.get(formId);
  if (!form) return { status: 404, body: { error: "unknown form" } };
  const validate = ajv.compile(schemaFor(form));
  const data = _.cloneDeep(payload);
  if (!validate(data)) {
    return {
      status: 422,
      body: {
        error: "invalid submission",
        fields: _.uniqBy(validate.errors, "instancePath").map((e) => ({
          field: e.instancePath.slice(1) || e.params.missingProperty,
          message: e.message,
        })),
      },
    };
  }
  const entry = { form: formId, at: Date.now(), data: _.omit(data, ["consent"]) };
  submissions.push(entry);
  if (submissions.length > 100) submissions.shift();
  counts.set(formId, (counts.get(formId) ?? 0) + 1);
  return { status: 201, body: { ok: true, receipt: `${formId}-${counts.get(formId)}` } };
}

export function recent(formId, limit = 10) {
  return _.takeRight(submissions.filter((s) => s.form === formId), limit);
}

export function stats() {
  return { forms: forms.size, submissions: Object.fromEntries(counts), kept: submissions.length };
}
