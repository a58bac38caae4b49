"use strict";

/** Pre-donation screening: haemoglobin, blood pressure and weight, as the donor nurse enters them. */

const MIN_HB = { F: 125, M: 135 }; // g/L
const MIN_WEIGHT_KG = 50;
const BLOOD_GROUPS = ["O-", "O+", "A-", "A+", "B-", "B+", "AB-", "AB+"];

/** Whole-blood donations collected today per blood group (a fixed list). */
const collected = Object.fromEntries(BLOOD_GROUPS.map((g) => [g, 0]));

function screen(donor, vitals) {
  const reasons = [];
  if (!BLOOD_GROUPS.includes(donor.bloodGroup)) reasons.push("unknown blood group");
  if (Number(vitals.haemoglobin) < (MIN_HB[donor.sex] ?? MIN_HB.M)) reasons.push("low haemoglobin");
  if (Number(vitals.weightKg) < MIN_WEIGHT_KG) reasons.push("under the minimum weight");
  const [systolic, diastolic] = String(vitals.bloodPressure ?? "").split("/").map(Number);
  if (!(systolic >= 90 && systolic <= 180 && diastolic >= 50 && diastolic <= 100)) {
    reasons.push("blood pressure out of range");
  }
  return { eligible: reasons.length === 0, reasons };
}

function countCollection(bloodGroup) {
  collected[bloodGroup]++;
}

function stock() {
  return { ...collected };
}

module.exports = { screen, countCollection, stock, BLOOD_GROUPS };
