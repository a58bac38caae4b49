import { prepare, primary, type Row } from "./db.ts";
import { traced } from "./tracing.ts";

export class TimesheetError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export interface TimeEntry extends Row {
  employee: string;
  project: string;
  date: string;
  hours: number;
  note: string;
  billable: boolean;
  updatedAt: string;
}

const PROJECTS = new Map([
  ["APOLLO", { name: "Apollo replatforming", billable: true }],
  ["HERMES", { name: "Hermes mobile app", billable: true }],
  ["INTERNAL", { name: "Internal / training", billable: false }],
]);
const EMPLOYEES = new Set(["e-101", "e-102", "e-104", "e-117"]);

const UPSERT_ENTRY = prepare(
  "INSERT INTO entries (employee, project, date, hours, note) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO UPDATE",
  (tables, [employee, project, date, hours, note]) => {
    const project_ = PROJECTS.get(String(project))!;
    const row: TimeEntry = {
      employee: String(employee),
      project: String(project),
      date: String(date),
      hours: Number(hours),
      note: String(note),
      billable: project_.billable,
      updatedAt: new Date().toISOString(),
    };
    tables.get("entries")!.set(`${employee}|${project}|${date}`, row);
    return [row];
  },
);

const ENTRIES_BETWEEN = prepare(
  "SELECT * FROM entries WHERE employee = ? AND date BETWEEN ? AND ? ORDER BY date",
  (tables, [employee, from, to]) =>
    [...tables.get("entries")!.values()]
      .filter((row) =>
        row.employee === employee && String(row.date) >= String(from) &&
        String(row.date) <= String(to)
      )
      .sort((a, b) => String(a.date).localeCompare(String(b.date))),
);

primary.table("entries");

/** Monday and Sunday (YYYY-MM-DD) of the ISO week that holds `date`. */
function weekOf(date: string): [string, string] {
  const day = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(day.getTime())) throw new TimesheetError(400, `bad date ${date}`);
  const monday = new Date(day);
  monday.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  const sunday = new Date(monday);
  sunday.setUTCDate(monday.getUTCDate() + 6);
  return [monday.toISOString().slice(0, 10), sunday.toISOString().slice(0, 10)];
}

export function logHours(requestId: string, input: Record<string, unknown>) {
  const { employee, project, date, hours, note = "" } = input;
  if (typeof employee !== "string" || !EMPLOYEES.has(employee)) {
    throw new TimesheetError(404, "unknown employee");
  }
  if (typeof project !== "string" || !PROJECTS.has(project)) {
    throw new TimesheetError(422, "unknown project");
  }
  if (typeof hours !== "number" || hours <= 0 || hours > 24) {
    throw new TimesheetError(422, "hours must be between 0 and 24");
  }
  const [monday, sunday] = weekOf(String(date));
  const [entry] = traced<TimeEntry>(primary, requestId, UPSERT_ENTRY, [
    employee,
    project,
    date,
    Math.round(hours * 4) / 4,
    String(note).slice(0, 500),
  ]);
  const week = traced<TimeEntry>(primary, requestId, ENTRIES_BETWEEN, [employee, monday, sunday]);
  const weekHours = week.reduce((sum, row) => sum + row.hours, 0);
  return { entry, weekHours, overtime: Math.max(0, weekHours - 40) };
}

export function weekSummary(requestId: string, employee: string, date: string) {
  if (!EMPLOYEES.has(employee)) throw new TimesheetError(404, "unknown employee");
  const [monday, sunday] = weekOf(date);
  const rows = traced<TimeEntry>(primary, requestId, ENTRIES_BETWEEN, [employee, monday, sunday]);
  const byProject: Record<string, number> = {};
  for (const row of rows) byProject[row.project] = (byProject[row.project] ?? 0) + row.hours;
  const billable = rows.filter((row) => row.billable).reduce((sum, row) => sum + row.hours, 0);
  const total = rows.reduce((sum, row) => sum + row.hours, 0);
  return {
    employee,
    week: { from: monday, to: sunday },
    total,
    billable,
    utilisation: total ? Math.round((billable / total) * 100) : 0,
    byProject,
  };
}
