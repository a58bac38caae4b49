import { Lru } from "./lru.ts";

export class SurveyError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export interface Finding {
  frame: number;
  kind: "slipped tile" | "cracked tile" | "moss" | "flashing" | "gutter" | "ridge";
  severity: 1 | 2 | 3;
  note?: string;
}

export interface Survey {
  id: string;
  address: string;
  pilot: string;
  flownAt: string;
  frames: number;
  findings: Finding[];
  surveyorNotes: string;
  revision: number;
  status: "draft" | "rendering" | "ready" | "approved";
}

interface Rendered {
  revision: number;
  html: string;
  renderedAt: number;
}

const surveys = new Map<string, Survey>();
const reports = new Lru<string, Rendered>(30);
/** "rendered" (detail: the survey id) when a report render finishes; waiters listen here. */
const renders = new EventTarget();
const inRender = new Map<string, ReturnType<typeof setTimeout>>();
/** The office's "recently approved" list. */
const approved: { id: string; address: string; at: string; findings: number }[] = [];
const MAX_APPROVED = 30;
const counters = { surveys: 0, renders: 0, cacheHits: 0, approvals: 0, waitsTimedOut: 0 };

function escape(s: string): string {
  return s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

function renderHtml(s: Survey): string {
  const rows = s.findings
    .map((f) =>
      `<tr><td>${f.frame}</td><td>${f.kind}</td><td>${"●".repeat(f.severity)}</td><td>${
        escape(f.note ?? "")
      }</td></tr>`
    )
    .join("");
  return `<h1>Roof survey ${escape(s.id)}</h1><p>${escape(s.address)}, flown ${s.flownAt} by ${
    escape(s.pilot)
  } (${s.frames} frames)</p><table>${rows}</table><p>${escape(s.surveyorNotes)}</p>`;
}

export function createSurvey(body: Record<string, unknown>): Survey {
  const id = String(body.id ?? "");
  if (!id) throw new SurveyError(400, "survey id missing");
  if (surveys.has(id)) throw new SurveyError(409, `survey ${id} exists`);
  const survey: Survey = {
    id,
    address: String(body.address ?? ""),
    pilot: String(body.pilot ?? ""),
    flownAt: String(body.flownAt ?? new Date().toISOString()),
    frames: Number(body.frames) || 0,
    findings: Array.isArray(body.findings) ? (body.findings as Finding[]) : [],
    surveyorNotes: "",
    revision: 1,
    status: "draft",
  };
  surveys.set(id, survey);
  counters.surveys++;
  scheduleRender(survey);
  return survey;
}

export function getSurvey(id: string): Survey {
  const survey = surveys.get(id);
  if (!survey) throw new SurveyError(404, `no survey ${id}`);
  return survey;
}

/** Rendering is queued briefly so a burst of edits renders once. */
function scheduleRender(survey: Survey) {
  clearTimeout(inRender.get(survey.id));
  survey.status = "rendering";
  inRender.set(
    survey.id,
    setTimeout(() => {
      inRender.delete(survey.id);
      if (!surveys.has(survey.id)) return;
      reports.set(survey.id, {
        revision: survey.revision,
        html: renderHtml(survey),
        renderedAt: Date.now(),
      });
      survey.status = "ready";
      counters.renders++;
      renders.dispatchEvent(new CustomEvent("rendered", { detail: survey.id }));
    }, 25),
  );
}

export function editSurvey(id: string, patch: Record<string, unknown>): Survey {
  const survey = getSurvey(id);
  if (survey.status === "approved") throw new SurveyError(409, "approved surveys are final");
  if (typeof patch.surveyorNotes === "string") survey.surveyorNotes = patch.surveyorNotes;
  if (Array.isArray(patch.findings)) survey.findings = patch.findings as Finding[];
  survey.revision++;
  scheduleRender(survey);
  return survey;
}

function waitForRender(id: string, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const onRendered = (event: Event) => {
      if ((event as CustomEvent<string>).detail !== id) return;
      renders.removeEventListener("rendered", onRendered);
      clearTimeout(timer);
      resolve(true);
    };
    const timer = setTimeout(() => {
      renders.removeEventListener("rendered", onRendered);
      counters.waitsTimedOut++;
      resolve(false);
    }, ms);
    renders.addEventListener("rendered", onRendered);
  });
}

/** The report for the survey's current revision, waiting up to 200 ms for a render. */
export async function report(id: string): Promise<string | null> {
  const survey = getSurvey(id);
  const cached = reports.get(id);
  if (cached && cached.revision === survey.revision) {
    counters.cacheHits++;
    return cached.html;
  }
  const rendered = await waitForRender(id, 200);
  if (!rendered) return null;
  return reports.get(id)?.html ?? null;
}

export function approve(id: string, by: string) {
  const survey = getSurvey(id);
  if (survey.status !== "ready") throw new SurveyError(409, `survey ${id} is ${survey.status}`);
  survey.status = "approved";
  surveys.delete(id);
  reports.delete(id);
  approved.unshift({
    id,
    address: survey.address,
    at: new Date().toISOString(),
    findings: survey.findings.length,
  });
  if (approved.length > MAX_APPROVED) approved.length = MAX_APPROVED;
  counters.approvals++;
  return { id, approvedBy: by, findings: survey.findings.length };
}

export function recentApprovals() {
  return approved;
}

export function stats() {
  return { ...counters, open: surveys.size, cachedReports: reports.size, rendering: inRender.size };
}
