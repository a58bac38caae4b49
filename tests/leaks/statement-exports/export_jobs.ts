/**
 * Statement exports in progress. Every export is a job in `activeJobs` while it renders, for
 * the back-office "running exports" page and so a shutdown can wait for them. Jobs are
 * Disposable: declare them with `using` and they leave the list when the scope ends.
 */

export type ExportFormat = "csv" | "pdf";

const activeJobs = new Map<string, ExportJob>();
let completed = 0;

export class ExportJob implements Disposable {
  readonly id = crypto.randomUUID();
  readonly startedAt = new Date();
  readonly parts: string[] = [];
  rows = 0;

  constructor(readonly iban: string, readonly month: string, readonly format: ExportFormat) {
    activeJobs.set(this.id, this);
  }

  write(part: string): void {
    this.parts.push(part);
  }

  [Symbol.dispose](): void {
    activeJobs.delete(this.id);
    completed++;
  }
}

export function startExport(iban: string, month: string, format: ExportFormat): ExportJob {
  return new ExportJob(iban, month, format);
}

export function runningExports() {
  return {
    completed,
    running: [...activeJobs.values()].map((job) => ({
      id: job.id,
      account: job.iban.slice(0, 4) + "…" + job.iban.slice(-4),
      month: job.month,
      format: job.format,
      rows: job.rows,
      since: job.startedAt.toISOString(),
    })),
  };
}
