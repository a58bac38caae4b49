import { EventEmitter } from "node:events";

export class SurveyError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export const surveys = new Map([
  ["library-2024", {
    id: "library-2024",
    title: "Library users survey 2024",
    questions: ["visits", "branch", "satisfaction", "comments"],
  }],
  ["leisure-centre", {
    id: "leisure-centre",
    title: "Leisure centre opening hours",
    questions: ["visits", "preferredOpening", "satisfaction", "comments"],
  }],
]);

// Responses are written to the warehouse nightly; the service keeps the latest few per survey
// for the live dashboard and the quick export.
const KEEP = 25;
const latest = new Map([...surveys.keys()].map((id) => [id, []]));
let total = 0;

export const responsesBus = new EventEmitter();

export function addResponse(surveyId, body) {
  const survey = surveys.get(surveyId);
  if (!survey) throw new SurveyError(404, "no such survey");
  const answers = {};
  for (const q of survey.questions) answers[q] = body.answers?.[q] ?? null;
  const response = {
    id: String(body.id ?? total + 1),
    survey: surveyId,
    answers,
    submittedAt: new Date().toISOString(),
  };
  const list = latest.get(surveyId);
  list.push(response);
  if (list.length > KEEP) list.splice(0, list.length - KEEP);
  total++;
  responsesBus.emit("response", response);
  return response;
}

export function latestResponses(surveyId) {
  return latest.get(surveyId) ?? [];
}

export function totals() {
  return { total, listeners: responsesBus.listenerCount("response") };
}
