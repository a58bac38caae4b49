import { removeSchool } from "./schools.mjs";
import { forget, record } from "./metering.mjs";

/**
 * A school leaving the platform: it is removed, its learner records are exported for the
 * school's own MIS (the export is billed by size), and its meter is closed.
 */
export function offboard(id, actor) {
  const school = removeSchool(id);
  const rows = [...school.learners.values()].map((l) =>
    [l.upn, l.name, l.yearGroup, l.courses.join(";")].join(",")
  );
  const csv = ["upn,name,year_group,courses", ...rows].join("\n");
  record(school, "export_bytes", csv.length, actor);
  forget(id);
  return { id, exported: rows.length, bytes: csv.length };
}
