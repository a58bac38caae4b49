import { EventEmitter, once } from "node:events";
import { allApplications, OfficeError } from "./applications.mjs";

/** Award reports: summaries rendered at once, the full schedule in the background. */
const events = new EventEmitter();
const reports = new Map();
const order = [];
const KEEP = 20;

function finish(report, csv) {
  report.status = "done";
  report.csv = csv;
  order.push(report.id);
  while (order.length > KEEP) reports.delete(order.shift());
  events.emit(`done:${report.id}`, report);
}

function summaryCsv() {
  const byBand = {};
  for (const a of allApplications()) {
    byBand[a.band] ??= { count: 0, minor: 0 };
    byBand[a.band].count++;
    byBand[a.band].minor += a.awardMinor;
  }
  return [
    "band,students,total",
    ...Object.entries(byBand).map(([b, v]) => `${b},${v.count},${(v.minor / 100).toFixed(2)}`),
  ].join("\n");
}

function scheduleCsv() {
  return [
    "student_id,name,course,band,award",
    ...allApplications().map((a) =>
      `${a.id},"${a.name}",${a.course},${a.band},${(a.awardMinor / 100).toFixed(2)}`
    ),
  ].join("\n");
}

export function requestReport(id, type) {
  if (reports.has(id)) return reports.get(id);
  if (type !== "summary" && type !== "schedule") {
    throw new OfficeError(400, "type is summary or schedule");
  }
  const report = { id, type, status: "running", requestedAt: Date.now(), csv: null };
  reports.set(id, report);
  if (type === "summary") finish(report, summaryCsv());
  else setTimeout(() => finish(report, scheduleCsv()), 120);
  return report;
}

export function getReport(id) {
  const report = reports.get(id);
  if (!report) throw new OfficeError(404, `no report ${id}`);
  return report;
}

/** Waits (up to 250 ms) for a report to be done; answers at once if it already is. */
export async function waitForReport(id) {
  const report = getReport(id);
  if (report.status === "done") return report;
  const [done] = await once(events, `done:${id}`, { signal: AbortSignal.timeout(250) });
  return done;
}
