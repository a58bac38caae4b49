"use strict";

/** The bits of the formulary the refill check needs (the pharmacy team edits this monthly). */
const formulary = {
  version: "2024-11",
  drugs: {
    warfarin: { name: "Warfarin", class: "anticoagulant", renalAdjust: false },
    apixaban: { name: "Apixaban", class: "anticoagulant", renalAdjust: true },
    amiodarone: { name: "Amiodarone", class: "antiarrhythmic", renalAdjust: false },
    simvastatin: { name: "Simvastatin", class: "statin", renalAdjust: false },
    atorvastatin: { name: "Atorvastatin", class: "statin", renalAdjust: false },
    metformin: { name: "Metformin", class: "biguanide", renalAdjust: true },
    lisinopril: { name: "Lisinopril", class: "ace-inhibitor", renalAdjust: true },
    spironolactone: { name: "Spironolactone", class: "potassium-sparing", renalAdjust: true },
    clarithromycin: { name: "Clarithromycin", class: "macrolide", renalAdjust: true },
    omeprazole: { name: "Omeprazole", class: "ppi", renalAdjust: false },
  },
  interactions: [
    {
      a: "warfarin",
      b: "amiodarone",
      severity: "major",
      advice: "Amiodarone potentiates warfarin; reduce the warfarin dose and check INR weekly.",
    },
    {
      a: "simvastatin",
      b: "amiodarone",
      severity: "major",
      advice: "Do not exceed simvastatin 20 mg daily with amiodarone (myopathy risk).",
    },
    {
      a: "simvastatin",
      b: "clarithromycin",
      severity: "contraindicated",
      advice: "Suspend simvastatin for the course of clarithromycin.",
    },
    {
      a: "lisinopril",
      b: "spironolactone",
      severity: "moderate",
      advice: "Risk of hyperkalaemia; check potassium and renal function.",
    },
    {
      a: "warfarin",
      b: "omeprazole",
      severity: "minor",
      advice: "May slightly raise INR; no action unless INR unstable.",
    },
  ],
};

module.exports = { formulary };
