import { assignmentKey, pickVariant } from "./bucketing.mjs";

// Headline tests: editors write two or three headlines for a fresh article, readers are split
// between them for the first half hour, and the one with the best click-through rate wins.

export class ExperimentError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** Running tests by id. */
export const tests = new Map();

/**
 * Sticky assignments: a reader keeps the headline they were first shown even when the editor
 * re-weights the variants mid-test, otherwise a reader could be counted for two variants.
 */
export const assignments = new Map();

/** Finished tests, newest last, for the editors' dashboard. */
export const concluded = [];
const CONCLUDED_KEPT = 25;

export function createTest(article, { variants, editor, trafficShare = 1 }) {
  const id = `ht-${article.id}`;
  if (tests.has(id)) throw new ExperimentError(409, `${id} is already running`);
  if (!Array.isArray(variants) || variants.length < 2 || variants.length > 3) {
    throw new ExperimentError(422, "a headline test needs two or three variants");
  }
  const test = {
    id,
    articleId: article.id,
    section: article.section,
    editor: String(editor ?? "desk"),
    trafficShare: Math.min(Math.max(Number(trafficShare) || 1, 0), 1),
    startedAt: Date.now(),
    salt: `${id}:${Date.now().toString(36)}`,
    variants: variants.map((v, i) => ({
      id: String(v.id ?? String.fromCharCode(97 + i)),
      text: String(v.text ?? "").slice(0, 160),
      weight: Number(v.weight ?? 1),
      impressions: 0,
      clicks: 0,
    })),
  };
  if (test.variants.some((v) => !v.text)) throw new ExperimentError(422, "empty headline");
  tests.set(id, test);
  return test;
}

export function testForArticle(articleId) {
  return tests.get(`ht-${articleId}`) ?? null;
}

/** The variant this visitor sees, assigning one on first sight. */
export function assign(test, visitorId, context) {
  const key = assignmentKey(visitorId, test.id);
  const existing = assignments.get(key);
  if (existing) return existing.variant;
  const variant = pickVariant(test.variants, test.salt, visitorId);
  const assignment = {
    visitorId,
    testId: test.id,
    variant,
    assignedAt: Date.now(),
    context,
  };
  assignments.set(key, assignment);
  variant.impressions++;
  return variant;
}

export function recordClick(test, visitorId) {
  const assignment = assignments.get(assignmentKey(visitorId, test.id));
  if (!assignment) return null;
  if (assignment.clickedAt) return assignment.variant;
  assignment.clickedAt = Date.now();
  assignment.variant.clicks++;
  return assignment.variant;
}

function ctr(v) {
  return v.impressions ? v.clicks / v.impressions : 0;
}

function forgetAssignments(testId) {
  const prefix = `${testId}:`;
  for (const key of assignments.keys()) {
    if (key.startsWith(prefix)) assignments.delete(key);
  }
}

/** Ends a test: picks the winner (or takes the editor's pick) and drops its assignments. */
export function conclude(test, { winner } = {}) {
  const ranked = [...test.variants].sort((a, b) =>
    ctr(b) - ctr(a) || b.impressions - a.impressions
  );
  const chosen = winner ? test.variants.find((v) => v.id === winner) : ranked[0];
  if (!chosen) throw new ExperimentError(422, `no variant ${winner}`);
  tests.delete(test.id);
  forgetAssignments(test.id);
  const summary = {
    id: test.id,
    articleId: test.articleId,
    winner: { id: chosen.id, text: chosen.text, ctr: Number(ctr(chosen).toFixed(4)) },
    variants: test.variants.map((v) => ({
      id: v.id,
      impressions: v.impressions,
      clicks: v.clicks,
    })),
    ranMs: Date.now() - test.startedAt,
  };
  concluded.push(summary);
  if (concluded.length > CONCLUDED_KEPT) concluded.shift();
  return summary;
}
