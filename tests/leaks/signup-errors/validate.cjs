"use strict";

const { ValidationError } = require("./errors.cjs");

const EMAIL = /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i;

function requireEmail(input) {
  const email = String(input.email ?? "").trim();
  if (!EMAIL.test(email)) throw new ValidationError("email", "is not an email address", input);
  return email.toLowerCase();
}

function validateSignup(input) {
  const email = requireEmail(input);
  const password = String(input.password ?? "");
  if (password.length < 10) {
    throw new ValidationError("password", "must be at least 10 characters", input);
  }
  return { email, password, name: String(input.name ?? "").slice(0, 80) };
}

function validateSubscription(input) {
  const email = requireEmail(input);
  const topics = Array.isArray(input.topics) ? input.topics.map(String) : ["product-updates"];
  return { email, topics };
}

module.exports = { validateSignup, validateSubscription };
