"use strict";
const { STEPS, validateStep, nextStep } = require("./steps.cjs");

const BLANK_APPLICATION = {
  status: "draft",
  currentStep: STEPS[0],
  answers: {},
  history: [],
};

const drafts = new Map();
const underwritingQueue = [];

function createDraft(id, owner) {
  const draft = {
    ...BLANK_APPLICATION,
    id,
    owner,
    answers: {},
    createdAt: new Date().toISOString(),
  };
  drafts.set(id, draft);
  return draft;
}

function getDraft(id) {
  return drafts.get(id);
}

function saveStep(draft, step, data) {
  const errors = validateStep(step, data);
  if (errors.length) return { errors };
  draft.answers[step] = data;
  draft.history.push({ step, savedAt: Date.now(), fields: Object.keys(data) });
  draft.currentStep = nextStep(step);
  return { currentStep: draft.currentStep };
}

function previousStep(draft) {
  const visit = draft.history.findLast((h) => h.step !== draft.currentStep);
  return visit ? visit.step : STEPS[0];
}

function submit(draft) {
  const missing = STEPS.filter((step) => !draft.answers[step]);
  if (missing.length) return { missing };
  drafts.delete(draft.id);
  const application = {
    reference: `LA-${draft.id}`,
    owner: draft.owner,
    amount: Number(draft.answers.loan.amount),
    submittedAt: new Date().toISOString(),
  };
  underwritingQueue.push(application);
  if (underwritingQueue.length > 25) underwritingQueue.shift();
  return { reference: application.reference };
}

module.exports = { createDraft, getDraft, saveStep, previousStep, submit };
