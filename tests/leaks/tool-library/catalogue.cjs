"use strict";

// The library's tools: a few kinds, each with a number of copies on the shelf.
const KINDS = {
  "cordless-drill": { name: "Cordless drill 18V", copies: 12, deposit: 25 },
  "tile-cutter": { name: "Tile cutter 600 mm", copies: 4, deposit: 40 },
  "pressure-washer": { name: "Pressure washer", copies: 6, deposit: 50 },
  "hedge-trimmer": { name: "Hedge trimmer", copies: 5, deposit: 30 },
};

const shelves = new Map(
  Object.entries(KINDS).map(([kind, k]) => [
    kind,
    Array.from({ length: k.copies }, (_, i) => ({ tag: `${kind}#${i + 1}`, lent: false })),
  ]),
);

function takeCopy(kind) {
  const copy = shelves.get(kind)?.find((c) => !c.lent);
  if (copy) copy.lent = true;
  return copy;
}

function putBack(tag) {
  const kind = tag.slice(0, tag.indexOf("#"));
  const copy = shelves.get(kind)?.find((c) => c.tag === tag);
  if (copy) copy.lent = false;
}

function availability(kind) {
  const copies = shelves.get(kind);
  if (!copies) return undefined;
  return { ...KINDS[kind], available: copies.filter((c) => !c.lent).length };
}

module.exports = { KINDS, takeCopy, putBack, availability };
