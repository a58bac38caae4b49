"use strict";

// Runs in a worker thread: uncontracted (grade 1) UEB to Unicode braille and to BRF, the ASCII
// braille the embossers take. Contractions are the transcriber's job, not ours.
const { parentPort } = require("node:worker_threads");

const LETTERS =
  "a1b12c14d145e15f124g1245h125i24j245k13l123m134n1345o135p1234q12345r1235s234t2345u136v1236w2456x1346y13456z1356";
const CELL = new Map();
for (const m of LETTERS.matchAll(/([a-z])(\d+)/g)) {
  CELL.set(m[1], [...m[2]].reduce((bits, d) => bits | (1 << (Number(d) - 1)), 0));
}
const PUNCT = new Map([
  [",", 0b000010],
  [";", 0b000110],
  [":", 0b010010],
  [".", 0b110010],
  ["!", 0b010110],
  ["?", 0b100110],
  ["'", 0b000100],
  ["-", 0b100100],
  ["(", 0b110110],
  [")", 0b110110],
]);
const NUMBER_SIGN = 0b111100; // dots 3456
const CAPITAL = 0b100000; // dot 6
const DIGIT_LETTER = "jabcdefghi";
// North American braille ASCII, indexed by dot pattern
const BRF = " A1B'K2L@CIF/MSP\"E3H9O6R^DJG>NTQ,*5<-U8V.%[$+X!&;:4\\0Z7(_?W]#Y)=";

function cells(text) {
  const out = [];
  let inNumber = false;
  for (const ch of text) {
    const lower = ch.toLowerCase();
    if (/[0-9]/.test(ch)) {
      if (!inNumber) out.push(NUMBER_SIGN);
      inNumber = true;
      out.push(CELL.get(DIGIT_LETTER[Number(ch)]));
      continue;
    }
    inNumber = false;
    if (CELL.has(lower)) {
      if (ch !== lower) out.push(CAPITAL);
      out.push(CELL.get(lower));
    } else if (PUNCT.has(ch)) out.push(PUNCT.get(ch));
    else if (ch === "\n") out.push(-1);
    else out.push(0);
  }
  return out;
}

function layout(cellList, width, linesPerPage) {
  const lines = [];
  let line = [];
  for (const c of cellList) {
    if (c === -1 || line.length === width) {
      lines.push(line);
      line = c === -1 ? [] : [c];
    } else line.push(c);
  }
  if (line.length) lines.push(line);
  const pages = [];
  for (let i = 0; i < lines.length; i += linesPerPage) pages.push(lines.slice(i, i + linesPerPage));
  return pages;
}

parentPort.on("message", (task) => {
  try {
    const width = task.cellsPerLine ?? 40;
    const pages = layout(cells(String(task.text)), width, task.linesPerPage ?? 25);
    const unicode = pages.map((p) =>
      p.map((l) => l.map((c) => String.fromCharCode(0x2800 + c)).join("")).join("\n")
    );
    const brf = pages.map((p) => p.map((l) => l.map((c) => BRF[c]).join("")).join("\r\n")).join(
      "\r\n\f",
    );
    parentPort.postMessage({
      id: task.id,
      result: {
        pages: pages.length,
        cells: pages.flat(2).length,
        unicode: unicode.join("\n\n"),
        brf,
      },
    });
  } catch (err) {
    parentPort.postMessage({ id: task.id, error: err.message });
  }
});
