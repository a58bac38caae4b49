"use strict";

/** Lead forms per marketing campaign: the base contact fields plus the campaign's own. */

const BASE_PROPERTIES = {
  email: { type: "string", format: "email", maxLength: 200 },
  name: { type: "string", maxLength: 120 },
  phone: { type: "string", format: "phone" },
  company: { type: "string", maxLength: 160 },
  consent: { type: "boolean" },
};

const campaigns = new Map([
  ["spring-sale", {
    id: "spring-sale",
    title: "Spring sale 2024",
    owner: "growth@acme.example",
    required: ["email", "consent"],
    fields: {
      interest: { type: "string", enum: ["laptops", "monitors", "docks", "accessories"] },
      budget: { type: "integer" },
    },
  }],
  ["webinar-june", {
    id: "webinar-june",
    title: "Webinar: fleet management in practice",
    owner: "events@acme.example",
    required: ["email", "name", "company", "consent"],
    fields: {
      jobTitle: { type: "string", maxLength: 80 },
      fleetSize: { type: "integer" },
      session: { type: "string", pattern: "^(emea|amer|apac)-\\d{2}$" },
    },
  }],
]);

function getCampaign(id) {
  return campaigns.get(id);
}

/** The JSON schema a campaign's form is validated with. */
function leadSchema(campaign) {
  return {
    type: "object",
    required: campaign.required,
    additionalProperties: false,
    properties: { ...BASE_PROPERTIES, ...campaign.fields, utm: { type: "string", maxLength: 200 } },
  };
}

module.exports = { getCampaign, leadSchema };
