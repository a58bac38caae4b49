import { type ExportRun, finish, isRunning, openRun, skip } from "./runs.ts";

const EXPORT_MS = 40;

async function exportAuditTrail(run: ExportRun): Promise<number> {
  await new Promise((r) => setTimeout(r, EXPORT_MS));
  const since = Date.parse(run.params.since ?? "2024-01-01");
  return 100 + (since % 37);
}

export function triggerExport(
  tenant: string,
  job: string,
  requestedBy: string,
  params: Record<string, string>,
): ExportRun {
  const alreadyRunning = isRunning(tenant, job);
  const run = openRun({ tenant, job, trigger: "manual", requestedBy, params });
  if (alreadyRunning) {
    skip(run, "previous run still in progress");
    return run;
  }
  run.startedAt = Date.now();
  exportAuditTrail(run).then(
    (rows) => finish(run, "succeeded", { rows }),
    (err) => finish(run, "failed", { reason: String(err) }),
  );
  return run;
}
