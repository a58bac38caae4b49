"use strict";

/**
 * Uploaded enrolment files and reading them row by row. While a file is being read it is
 * listed in openReads (the registry office's "imports running" panel shows the file and the
 * line it is on); reading to the end, or stopping early, takes it off again.
 */
const openReads = new Map();
let seq = 0;

function receive(filename, user, text) {
  return {
    id: `imp-${++seq}`,
    filename,
    user,
    bytes: Buffer.byteLength(text),
    receivedAt: new Date().toISOString(),
    text,
  };
}

function splitLine(line, delimiter) {
  const cells = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      cells.push(cell.trim());
      cell = "";
    } else cell += ch;
  }
  cells.push(cell.trim());
  return cells;
}

/** Yields { line, cells } for every non-empty line, the header first. */
function* readRows(upload, delimiter = ",") {
  openReads.set(upload.id, { upload, startedAt: Date.now(), line: 0 });
  try {
    const lines = upload.text.split(/\r?\n/);
    for (let n = 0; n < lines.length; n++) {
      if (lines[n].trim() === "") continue;
      openReads.get(upload.id).line = n + 1;
      yield { line: n + 1, cells: splitLine(lines[n], delimiter) };
    }
  } finally {
    openReads.delete(upload.id);
  }
}

function running() {
  return [...openReads.values()].map((r) => ({
    id: r.upload.id,
    file: r.upload.filename,
    by: r.upload.user,
    line: r.line,
    seconds: Math.round((Date.now() - r.startedAt) / 1000),
  }));
}

module.exports = { readRows, receive, running };
