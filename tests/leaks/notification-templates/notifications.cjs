"use strict";

const { memoize } = require("./lib/memoize.cjs");
const { CompiledTemplate } = require("./lib/template.cjs");

const TEMPLATES = {
  "order.shipped":
    "Your order {{order.id}} is on its way with {{order.carrier}}. Track it: {{order.url}}",
  "order.delayed": "Sorry, order {{order.id}} is running late. New estimate: {{order.eta}}.",
  "invoice.ready": "Invoice {{invoice.number}} for {{invoice.total}} is ready to download.",
};

const GREETINGS = { en: "Hi", nl: "Hoi", de: "Hallo", fr: "Bonjour" };

const compileTemplate = memoize((source) => new CompiledTemplate(source));

function buildNotification(input) {
  const body = TEMPLATES[input.type];
  if (!body) return { error: `unknown notification type ${input.type}` };
  if (!input.customer || typeof input.customer.name !== "string") {
    return { error: "customer.name is required" };
  }

  const greeting = GREETINGS[input.locale] ?? GREETINGS.en;
  const template = compileTemplate(
    `${greeting} ${input.customer.name},\n\n${body}\n\n— The Shop team`,
  );
  const text = template.render(input);
  return { channel: input.channel ?? "email", to: input.customer.email, text, length: text.length };
}

module.exports = { buildNotification };
