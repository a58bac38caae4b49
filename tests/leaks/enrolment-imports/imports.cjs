"use strict";

const { readRows } = require("./uploads.cjs");
const roster = require("./roster.cjs");

class ImportError extends Error {
  constructor(status, message, details = undefined) {
    super(message);
    this.status = status;
    this.details = details;
  }
}

const REQUIRED = ["student_id", "surname", "forename", "course", "start_date"];
const OPTIONAL = ["email", "funding"];
const recent = [];

/** Column positions by field; a file without every required column is refused whole. */
function mapHeader(cells) {
  const names = cells.map((c) => c.toLowerCase().replace(/^\ufeff/, "").replace(/\s+/g, "_"));
  const missing = REQUIRED.filter((name) => !names.includes(name));
  if (missing.length) {
    throw new ImportError(422, `missing column(s): ${missing.join(", ")}`, { header: cells });
  }
  const columns = {};
  for (const name of [...REQUIRED, ...OPTIONAL]) columns[name] = names.indexOf(name);
  return columns;
}

function toRow(cells, columns, line) {
  const get = (name) => (columns[name] >= 0 ? cells[columns[name]] ?? "" : "");
  const studentId = get("student_id");
  if (!/^S\d{5,}$/.test(studentId)) throw new RangeError(`line ${line}: bad student id`);
  const startDate = get("start_date");
  if (Number.isNaN(Date.parse(startDate))) throw new RangeError(`line ${line}: bad start date`);
  return {
    studentId,
    surname: get("surname"),
    forename: get("forename"),
    course: get("course"),
    startDate,
    email: get("email") || null,
    funding: get("funding") || "ESFA",
  };
}

function runImport(upload) {
  const rows = readRows(upload);
  const first = rows.next();
  if (first.done) throw new ImportError(422, "the file is empty");
  const columns = mapHeader(first.value.cells);

  const result = {
    id: upload.id,
    file: upload.filename,
    by: upload.user,
    created: 0,
    updated: 0,
    rejected: [],
  };
  for (const { line, cells } of rows) {
    try {
      const outcome = roster.upsert(toRow(cells, columns, line));
      result[outcome]++;
    } catch (err) {
      if (result.rejected.length < 20) result.rejected.push(err.message);
    }
  }
  recent.unshift({ ...result, rejected: result.rejected.length, at: new Date().toISOString() });
  if (recent.length > 25) recent.length = 25;
  return result;
}

module.exports = { ImportError, recent, runImport };
