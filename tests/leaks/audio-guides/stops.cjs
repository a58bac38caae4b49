"use strict";

// Tour stops (numbered plaques next to the works) and a word index over their transcripts so
// the front desk can find "the one about the night watch" by typing.

const stops = new Map([
  ["12", {
    stop: "12",
    title: "De Nachtwacht",
    room: "Eregalerij 2.12",
    transcript: "Rembrandt painted the militia company of Frans Banninck Cocq in 1642.",
  }],
  ["14", {
    stop: "14",
    title: "Het Melkmeisje",
    room: "Eregalerij 2.14",
    transcript: "Vermeer shows a kitchen maid pouring milk, light falling from the left.",
  }],
  ["21", {
    stop: "21",
    title: "Poppenhuis van Petronella Oortman",
    room: "Zaal 2.20",
    transcript: "A dolls house built to the scale of a canal house, furnished by craftsmen.",
  }],
  ["33", {
    stop: "33",
    title: "Het Straatje",
    room: "Eregalerij 2.15",
    transcript: "Vermeer painted a quiet street in Delft, a woman sewing in the doorway.",
  }],
]);

function words(text) {
  return new Set(String(text).toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 2));
}

/** word → Set of stop numbers */
const wordIndex = new Map();
/** stop number → the words it was indexed under, so an edit can take them out again */
const indexedWords = new Map();

function unindex(stop) {
  for (const w of indexedWords.get(stop) ?? []) {
    const set = wordIndex.get(w);
    if (!set) continue;
    set.delete(stop);
    if (set.size === 0) wordIndex.delete(w);
  }
  indexedWords.delete(stop);
}

function index(entry) {
  unindex(entry.stop);
  const ws = words(`${entry.title} ${entry.transcript}`);
  for (const w of ws) {
    if (!wordIndex.has(w)) wordIndex.set(w, new Set());
    wordIndex.get(w).add(entry.stop);
  }
  indexedWords.set(entry.stop, ws);
}

for (const entry of stops.values()) index(entry);

function updateStop(stop, changes) {
  const current = stops.get(stop);
  if (!current) return null;
  const next = {
    ...current,
    title: changes.title ?? current.title,
    transcript: changes.transcript ?? current.transcript,
  };
  stops.set(stop, next);
  index(next);
  return next;
}

function search(q) {
  const ws = [...words(q)];
  if (!ws.length) return [];
  let hits = null;
  for (const w of ws) {
    const set = wordIndex.get(w) ?? new Set();
    hits = hits ? new Set([...hits].filter((s) => set.has(s))) : new Set(set);
  }
  return [...hits].map((s) => ({ stop: s, title: stops.get(s).title, room: stops.get(s).room }));
}

module.exports = { stops, updateStop, search, indexStats: () => ({ words: wordIndex.size }) };
