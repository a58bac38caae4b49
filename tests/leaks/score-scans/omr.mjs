// Turns a scanned part into MusicXML. The recogniser itself runs elsewhere; what arrives here
// is its token stream per page ("clef:G time:4/4 | C4q D4q E4h | ..."), which we check and
// convert.
const STEP = /^([A-G])([#b]?)(\d)([whqe])$/;
const DURATION = { w: 16, h: 8, q: 4, e: 2 };
const TYPE = { w: "whole", h: "half", q: "quarter", e: "eighth" };

export class UnreadablePage extends Error {}

function parsePage(text, n) {
  if (/smudge|\?\?/.test(text)) throw new UnreadablePage(`page ${n} unreadable`);
  const [header, ...bars] = text.split("|").map((s) => s.trim());
  const attrs = Object.fromEntries(header.split(/\s+/).map((kv) => kv.split(":")));
  const measures = bars.filter(Boolean).map((bar) =>
    bar.split(/\s+/).map((tok) => {
      const m = STEP.exec(tok);
      if (!m) throw new UnreadablePage(`page ${n}: cannot read "${tok}"`);
      return {
        step: m[1],
        alter: m[2] === "#" ? 1 : m[2] === "b" ? -1 : 0,
        octave: +m[3],
        d: m[4],
      };
    })
  );
  return { attrs, measures };
}

function noteXml(n) {
  const alter = n.alter ? `<alter>${n.alter}</alter>` : "";
  return `<note><pitch><step>${n.step}</step>${alter}<octave>${n.octave}</octave></pitch>` +
    `<duration>${DURATION[n.d]}</duration><type>${TYPE[n.d]}</type></note>`;
}

export function recognise({ title, composer, pages }) {
  const parsed = pages.map((p, i) => parsePage(p, i + 1));
  const measures = parsed.flatMap((p) => p.measures);
  const first = parsed[0].attrs;
  const [beats, beatType] = (first.time ?? "4/4").split("/");
  const body = measures.map((notes, i) => {
    const attributes = i === 0
      ? `<attributes><divisions>4</divisions><time><beats>${beats}</beats>` +
        `<beat-type>${beatType}</beat-type></time><clef><sign>${
          first.clef ?? "G"
        }</sign></clef></attributes>`
      : "";
    return `<measure number="${i + 1}">${attributes}${notes.map(noteXml).join("")}</measure>`;
  }).join("");
  const xml = `<?xml version="1.0" encoding="UTF-8"?><score-partwise version="4.0">` +
    `<work><work-title>${title}</work-title></work>` +
    `<identification><creator type="composer">${composer ?? "Anon."}</creator></identification>` +
    `<part-list><score-part id="P1"><part-name>Part</part-name></score-part></part-list>` +
    `<part id="P1">${body}</part></score-partwise>`;
  return { measures: measures.length, notes: measures.flat().length, xml };
}
