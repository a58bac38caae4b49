"use strict";

/** Text analysis for the lost-property search: the same steps for the items and the queries. */

const STOPWORDS = new Set(
  "a an and at by for from in near of on or the to with de den een en het met op van".split(" "),
);

/** Lower-cased words and numbers (single characters dropped). */
function tokenize(text) {
  return String(text ?? "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 1);
}

/** "café" and "cafe" are the same word to someone typing on a phone. */
function fold(term) {
  return term.normalize("NFD").replace(/\p{M}/gu, "");
}

/** A light stemmer: plurals only, so "keys" finds "key" and "gloves" finds "glove". */
function stem(term) {
  if (term.length > 4 && term.endsWith("ies")) return term.slice(0, -3) + "y";
  if (term.length > 3 && term.endsWith("s") && !term.endsWith("ss")) return term.slice(0, -1);
  return term;
}

/** The index terms of a text: tokens without stopwords, accent-folded and stemmed. */
function analyze(text) {
  return tokenize(text).filter((t) => !STOPWORDS.has(t)).map(fold).map(stem);
}

module.exports = { analyze, fold, stem, tokenize, STOPWORDS };
