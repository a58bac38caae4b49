"use strict";

const SIZES = new Set(["S", "M", "L"]);
const TRACKING = /^3S[A-Z0-9]{6,20}$/;
const POSTCODE = /^[1-9][0-9]{3}\s?[A-Za-z]{2}$/;

function depositProblems(body) {
  const problems = [];
  if (!body || typeof body !== "object") return ["body must be a JSON object"];
  if (typeof body.tracking !== "string" || !TRACKING.test(body.tracking)) {
    problems.push("tracking must look like 3SXXXXXXXX");
  }
  if (typeof body.recipient !== "string" || body.recipient.length < 2) {
    problems.push("recipient is required");
  }
  if (typeof body.postcode !== "string" || !POSTCODE.test(body.postcode)) {
    problems.push("postcode must be a Dutch postcode");
  }
  if (!SIZES.has(body.size)) problems.push("size must be S, M or L");
  return problems;
}

function collectProblems(body) {
  if (!body || typeof body.tracking !== "string" || typeof body.postcode !== "string") {
    return ["tracking and postcode are required"];
  }
  return [];
}

module.exports = { collectProblems, depositProblems };
