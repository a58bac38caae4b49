import { randomUUID } from "node:crypto";

const licences = new Map();
const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

export function issue(applicant, waters) {
  const now = Date.now();
  const licence = {
    number: `VL-${randomUUID().slice(0, 8).toUpperCase()}`,
    holder: applicant.email,
    name: applicant.name,
    waters,
    validFrom: new Date(now).toISOString().slice(0, 10),
    validUntil: new Date(now + YEAR_MS).toISOString().slice(0, 10),
    renewals: 0,
  };
  licences.set(licence.holder, licence);
  return licence;
}

export function findByHolder(email) {
  return licences.get(email);
}

export function renew(licence) {
  const until = Date.parse(licence.validUntil) + YEAR_MS;
  licence.validUntil = new Date(until).toISOString().slice(0, 10);
  licence.renewals++;
  return licence;
}

export function revoke(email) {
  return licences.delete(email);
}

export function count() {
  return licences.size;
}
