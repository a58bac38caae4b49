export interface ExportRun {
  id: number;
  tenant: string;
  job: string;
  trigger: "schedule" | "manual";
  requestedBy: string;
  params: Record<string, string>;
  status: "running" | "succeeded" | "failed" | "skipped";
  scheduledAt: string;
  startedAt?: number;
  finishedAt?: number;
  reason?: string;
  rows?: number;
}

const KEEP_FINISHED = 50;
let nextRunId = 1;
let history: ExportRun[] = [];

export function openRun(fields: Omit<ExportRun, "id" | "status" | "scheduledAt">): ExportRun {
  const run: ExportRun = {
    ...fields,
    id: nextRunId++,
    status: "running",
    scheduledAt: new Date().toISOString(),
  };
  history.push(run);
  return run;
}

export function isRunning(tenant: string, job: string): boolean {
  return history.some((r) => r.tenant === tenant && r.job === job && r.status === "running");
}

export function finish(
  run: ExportRun,
  status: ExportRun["status"],
  extra: Partial<ExportRun> = {},
) {
  Object.assign(run, extra, { status, finishedAt: Date.now() });
  pruneHistory();
}

export function skip(run: ExportRun, reason: string) {
  run.status = "skipped";
  run.reason = reason;
}

function pruneHistory() {
  const finished = history.filter((r) => r.finishedAt !== undefined);
  if (finished.length <= KEEP_FINISHED) return;
  const cutoff = finished[finished.length - KEEP_FINISHED].finishedAt!;
  history = history.filter((r) => r.finishedAt === undefined || r.finishedAt >= cutoff);
}

export function recentRuns(tenant: string, limit = 10) {
  return history.filter((r) => r.tenant === tenant).slice(-limit).map((r) => ({
    id: r.id,
    job: r.job,
    status: r.status,
    reason: r.reason,
    rows: r.rows,
  }));
}
