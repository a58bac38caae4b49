import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { latestResponses, surveys } from "./surveys.mjs";

function csvCell(value) {
  const s = value === null || value === undefined ? "" : String(value);
  return /[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

async function* rows(surveyId) {
  const survey = surveys.get(surveyId);
  yield ["id", "submittedAt", ...survey.questions];
  for (const r of latestResponses(surveyId)) {
    yield [r.id, r.submittedAt, ...survey.questions.map((q) => r.answers[q])];
  }
}

function toCsv() {
  return new Transform({
    writableObjectMode: true,
    transform(row, _enc, callback) {
      callback(null, row.map(csvCell).join(",") + "\r\n");
    },
  });
}

export async function exportCsv(surveyId, res) {
  res.writeHead(200, {
    "content-type": "text/csv; charset=utf-8",
    "content-disposition": `attachment; filename="${surveyId}.csv"`,
  });
  await pipeline(Readable.from(rows(surveyId)), toCsv(), res);
}

/**
 * Cursor pages over the kept responses: the cursor is the offset, encoded, so nothing is
 * held between pages.
 */
export function page(surveyId, cursor, limit) {
  const list = latestResponses(surveyId);
  const offset = cursor ? Number(Buffer.from(cursor, "base64url").toString("utf8")) || 0 : 0;
  const items = list.slice(offset, offset + limit);
  const next = offset + limit < list.length
    ? Buffer.from(String(offset + limit)).toString("base64url")
    : null;
  return { items, next };
}
