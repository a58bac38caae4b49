"use strict";

const { ClaimError } = require("./claims.cjs");

/**
 * Damage assessments an adjuster is drafting. The open assessment of a claim hangs off the
 * claim object in a WeakMap, so when the claim drops out of the claims cache its draft goes
 * with it. Autosave from the adjuster app only knows the assessment id, hence the index.
 */
const openAssessments = new WeakMap();
const assessmentsById = new Map();

class Assessment {
  constructor(claim, adjuster) {
    this.id = `${claim.id}-ASM`;
    this.claim = claim;
    this.adjuster = adjuster;
    this.lines = [];
    this.notes = "";
    this.reserveCents = 0;
    this.startedAt = new Date().toISOString();
    this.savedAt = this.startedAt;
    this.revision = 0;
  }

  update({ lines, notes }) {
    if (lines !== undefined) {
      if (!Array.isArray(lines) || lines.length > 50) throw new ClaimError(422, "bad lines");
      this.lines = lines.map((line) => ({
        item: String(line.item ?? "").slice(0, 120),
        category: String(line.category ?? "other"),
        qty: Math.max(1, Number(line.qty) || 1),
        unitCents: Math.max(0, Math.round(Number(line.unitCents) || 0)),
        depreciationPct: Math.min(100, Math.max(0, Number(line.depreciationPct) || 0)),
      }));
    }
    if (notes !== undefined) this.notes = String(notes).slice(0, 4000);
    this.reserveCents = this.lines.reduce(
      (sum, l) => sum + Math.round(l.qty * l.unitCents * (1 - l.depreciationPct / 100)),
      0,
    );
    this.revision++;
    this.savedAt = new Date().toISOString();
  }

  toJSON() {
    return {
      id: this.id,
      claimId: this.claim.id,
      adjuster: this.adjuster,
      lines: this.lines,
      notes: this.notes,
      reserveCents: this.reserveCents,
      payableCents: Math.max(0, this.reserveCents - this.claim.deductibleCents),
      revision: this.revision,
      savedAt: this.savedAt,
    };
  }
}

function startAssessment(claim, adjuster) {
  if (claim.status !== "open") throw new ClaimError(409, `${claim.id} is ${claim.status}`);
  let assessment = openAssessments.get(claim);
  if (!assessment) {
    assessment = new Assessment(claim, adjuster);
    openAssessments.set(claim, assessment);
    assessmentsById.set(assessment.id, assessment);
    claim.history.push({ at: assessment.startedAt, event: `assessment started by ${adjuster}` });
  }
  return assessment;
}

function findAssessment(id) {
  const assessment = assessmentsById.get(id);
  if (!assessment) throw new ClaimError(404, `no assessment ${id}`);
  return assessment;
}

/** Sends the assessment to the PAS (stubbed: accepted at once) and closes the draft. */
async function submitAssessment(id, adjuster) {
  const assessment = findAssessment(id);
  if (assessment.adjuster !== adjuster) throw new ClaimError(403, "not your assessment");
  if (assessment.lines.length === 0) throw new ClaimError(422, "nothing assessed yet");
  const claim = assessment.claim;
  if (claim.status !== "open") throw new ClaimError(409, `${claim.id} is ${claim.status}`);
  await Promise.resolve(JSON.stringify(assessment)); // PAS: POST /claims/{id}/assessments
  claim.status = "assessed";
  claim.history.push({ at: new Date().toISOString(), event: `assessed by ${adjuster}` });
  openAssessments.delete(claim);
  return assessment;
}

module.exports = { Assessment, findAssessment, startAssessment, submitAssessment };
