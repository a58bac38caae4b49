"use strict";

// Moulding priced per metre of frame, mounts and glazing per square metre (pence).
const MOULDINGS = {
  "oak-20": { name: "Natural oak 20 mm", perMetre: 2400, rebateMm: 6 },
  "black-15": { name: "Satin black 15 mm", perMetre: 1600, rebateMm: 5 },
  "gilt-35": { name: "Antique gilt 35 mm", perMetre: 5200, rebateMm: 9 },
  "white-25": { name: "Painted white 25 mm", perMetre: 1900, rebateMm: 6 },
};
const MOUNTS = { none: 0, ivory: 2800, black: 2800, double: 5400 };
const GLASS = { float: 3200, uv: 7400, "anti-reflective": 11900, acrylic: 4100 };
const LABOUR = 1800;
const BORDER_MM = 60;

function quote({ artwork, moulding, mount = "none", glass = "float" }) {
  const m = MOULDINGS[moulding];
  if (!m) throw new RangeError(`no moulding ${moulding}`);
  if (!(mount in MOUNTS) || !(glass in GLASS)) throw new RangeError("unknown mount or glass");
  const w = Number(artwork?.widthMm);
  const h = Number(artwork?.heightMm);
  if (!(w >= 50 && w <= 1500 && h >= 50 && h <= 1500)) throw new RangeError("artwork size");
  const outerW = w + (mount === "none" ? 0 : 2 * BORDER_MM);
  const outerH = h + (mount === "none" ? 0 : 2 * BORDER_MM);
  const metres = (2 * (outerW + outerH)) / 1000 + 0.2; // mitre waste
  const sqm = (outerW * outerH) / 1e6;
  const lines = [
    { item: m.name, pence: Math.round(metres * m.perMetre) },
    { item: `${glass} glazing`, pence: Math.round(sqm * GLASS[glass]) },
    { item: `${mount} mount`, pence: Math.round(sqm * MOUNTS[mount]) },
    { item: "fitting", pence: LABOUR },
  ].filter((l) => l.pence > 0);
  return {
    outerMm: [outerW, outerH],
    mouldingMetres: Math.round(metres * 100) / 100,
    lines,
    totalPence: lines.reduce((s, l) => s + l.pence, 0),
  };
}

module.exports = { MOULDINGS, quote };
