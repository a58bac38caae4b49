/**
 * Canonical copies of the few words the board repeats on every job (zones, services, vehicle
 * kinds), so the active-job list shares them. Only closed vocabularies go through here; the
 * table is cleared if it ever grows past what those can hold.
 */

const MAX_WORDS = 256;
const words = new Map<string, string>();

export function canonical(word: string): string {
  const known = words.get(word);
  if (known !== undefined) return known;
  if (words.size >= MAX_WORDS) words.clear();
  words.set(word, word);
  return word;
}

export function vocabularySize(): number {
  return words.size;
}
