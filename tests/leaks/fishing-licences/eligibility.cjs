"use strict";
// Licence eligibility rules, kept from the old permits system (CommonJS).

const audit = require("./node_modules/audit-trail/index.cjs");

const WATERS = {
  "rhine-delta": { minAge: 14, needsCourse: false, nightFishing: true },
  "lake-veluwe": { minAge: 12, needsCourse: false, nightFishing: false },
  "ijssel-salmon": { minAge: 18, needsCourse: true, nightFishing: false },
};

function ageOn(birthDate, onDate) {
  const born = new Date(birthDate);
  let age = onDate.getUTCFullYear() - born.getUTCFullYear();
  const beforeBirthday = onDate.getUTCMonth() < born.getUTCMonth() ||
    (onDate.getUTCMonth() === born.getUTCMonth() && onDate.getUTCDate() < born.getUTCDate());
  if (beforeBirthday) age--;
  return age;
}

function checkEligibility(applicant, waters, actor) {
  const today = new Date();
  const reasons = [];
  for (const name of waters) {
    const rule = WATERS[name];
    if (!rule) {
      reasons.push(`unknown water ${name}`);
      continue;
    }
    const age = ageOn(applicant.birthDate, today);
    if (age < rule.minAge) reasons.push(`${name}: minimum age ${rule.minAge}`);
    if (rule.needsCourse && !applicant.courseCertificate) {
      reasons.push(`${name}: course certificate required`);
    }
  }
  const outcome = reasons.length ? "refused" : "eligible";
  audit.record("eligibility.checked", actor, applicant.email, {
    applicant: { name: applicant.name, birthDate: applicant.birthDate },
    waters,
    outcome,
    reasons,
  });
  return { eligible: reasons.length === 0, reasons };
}

module.exports = { checkEligibility, WATERS };
