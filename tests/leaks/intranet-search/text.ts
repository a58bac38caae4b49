/** Tokenising for the intranet search: lower case, accents folded, stopwords dropped. */

const STOPWORDS = new Set(
  (
    "a an and are as at be by for from has have if in into is it its of on or our so that the " +
    "their then there these this to was were when which while will with you your"
  ).split(" "),
);

export function tokens(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 1 && !STOPWORDS.has(t));
}
