import { EventEmitter, once } from "node:events";
import { entityCurrency } from "./ledger.mjs";
import { renderPack, renderSummary } from "./render.mjs";

export class ReportError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** Emits `done:<run id>` when a report run has finished. */
export const jobEvents = new EventEmitter();
// every open "waiting for your report" screen listens here
jobEvents.setMaxListeners(0);

const RECENT = 20;
const runs = new Map();
const finished = [];
const PACK_RENDER_MS = 150;

function complete(run, output) {
  run.status = "done";
  run.output = output;
  run.finishedAt = new Date().toISOString();
  finished.push(run.id);
  while (finished.length > RECENT) runs.delete(finished.shift());
  jobEvents.emit(`done:${run.id}`, run);
}

/**
 * Starts a report run under the finance app's run id (a retry with the same id gets the same
 * run). Summaries are rendered straight away; full packs go to the background.
 */
export function requestRun(id, { type, entity, period }) {
  const existing = runs.get(id);
  if (existing) return existing;
  const currency = entityCurrency(entity);
  if (!currency) throw new ReportError(400, `unknown entity ${entity}`);
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(period ?? "")) {
    throw new ReportError(400, "period is YYYY-MM");
  }
  if (type !== "summary" && type !== "pack") throw new ReportError(400, "type is summary or pack");
  const run = {
    id,
    type,
    entity,
    period,
    currency,
    status: "running",
    requestedAt: new Date().toISOString(),
    output: null,
  };
  runs.set(id, run);
  if (type === "summary") {
    complete(run, renderSummary(run));
  } else {
    setTimeout(() => complete(run, renderPack(run)), PACK_RENDER_MS);
  }
  return run;
}

export function getRun(id) {
  const run = runs.get(id);
  if (!run) throw new ReportError(404, `no report run ${id}`);
  return run;
}

/** Resolves with the run once it is done (the long poll behind the waiting screen). */
export async function waitFor(id) {
  // listen first, so a run that finishes while we look it up is not missed
  const done = once(jobEvents, `done:${id}`);
  const run = getRun(id);
  if (run.status === "done") return run;
  const [finishedRun] = await done;
  return finishedRun;
}

export function summary() {
  const byStatus = {};
  for (const run of runs.values()) byStatus[run.status] = (byStatus[run.status] ?? 0) + 1;
  return { kept: runs.size, byStatus };
}
