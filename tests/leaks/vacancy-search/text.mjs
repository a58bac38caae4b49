const STOP = new Set([
  "a",
  "an",
  "and",
  "the",
  "of",
  "to",
  "in",
  "on",
  "for",
  "with",
  "at",
  "is",
  "are",
  "be",
  "we",
  "our",
  "you",
  "your",
  "or",
  "by",
]);

// Keeps hyphenated codes and grades ("band-5", "req-2291-rgn") as one token.
const TOKEN = /[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu;

export function tokenize(text) {
  const out = [];
  for (const m of String(text ?? "").toLowerCase().matchAll(TOKEN)) {
    if (!STOP.has(m[0])) out.push(m[0]);
  }
  return out;
}

export function termFrequencies(text) {
  const tf = new Map();
  for (const t of tokenize(text)) tf.set(t, (tf.get(t) ?? 0) + 1);
  return tf;
}
