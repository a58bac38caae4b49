"use strict";

/** Comma-separated rows under a header row; the fleet app never quotes fields. */
function parseCsv(text) {
  const lines = text.replace(/\r\n?/g, "\n").split("\n").filter((l) => l.trim() !== "");
  if (lines.length === 0) return { header: [], rows: [] };
  const header = lines[0].split(",").map((h) => h.trim().toLowerCase());
  const rows = lines.slice(1).map((line, n) => {
    const cells = line.split(",");
    const row = { line: n + 2 };
    header.forEach((h, i) => {
      row[h] = (cells[i] ?? "").trim();
    });
    return row;
  });
  return { header, rows };
}

module.exports = { parseCsv };
