"use strict";

const STEPS = ["applicant", "business", "financials", "loan"];

const REQUIRED = {
  applicant: ["name", "email", "phone"],
  business: ["kvk", "legalForm", "founded"],
  financials: ["revenue", "employees"],
  loan: ["amount", "termMonths", "purpose"],
};

function validateStep(step, data) {
  const missing = (REQUIRED[step] ?? []).filter((field) =>
    data[field] === undefined || data[field] === ""
  );
  const errors = missing.map((field) => ({ field, message: `${field} is required` }));
  if (step === "business" && data.kvk && !/^\d{8}$/.test(String(data.kvk))) {
    errors.push({ field: "kvk", message: "KvK number has 8 digits" });
  }
  if (step === "loan" && Number(data.amount) > 250_000) {
    errors.push({ field: "amount", message: "online applications go up to €250,000" });
  }
  return errors;
}

function nextStep(step) {
  const i = STEPS.indexOf(step);
  return i >= 0 && i < STEPS.length - 1 ? STEPS[i + 1] : "review";
}

module.exports = { STEPS, validateStep, nextStep };
