import type { WindowReport } from "./windows.ts";

const KEEP = 50;
const KEEP_EXCURSIONS = 20;

/** Closed windows, newest first, and the excursions among them for the QA board. */
const recent: WindowReport[] = [];
const excursions: WindowReport[] = [];
let closed = 0;

export function record(report: WindowReport) {
  closed++;
  recent.unshift(report);
  if (recent.length > KEEP) recent.length = KEEP;
  if (report.excursion) {
    excursions.unshift(report);
    if (excursions.length > KEEP_EXCURSIONS) excursions.length = KEEP_EXCURSIONS;
  }
}

export function reportsFor(logger: string): WindowReport[] {
  return recent.filter((r) => r.logger === logger);
}

export function excursionBoard() {
  return { closed, excursions: excursions.slice(0, 10) };
}
