import { SuggestionTrie } from "./trie.ts";

/** Everything shoppers searched for, so the search box can complete it for the next one. */
export const suggestions = new SuggestionTrie();

const normalise = (q: string) => q.trim().toLowerCase().replace(/\s+/g, " ");

for (
  const seed of ["running shoes", "rain jacket", "wool socks", "trail running shoes", "tent"]
) {
  suggestions.learn(seed);
}

export function recordSearch(raw: string): string {
  const q = normalise(raw);
  if (q.length >= 3) suggestions.learn(q);
  return q;
}

export function complete(raw: string): string[] {
  const q = normalise(raw);
  return q ? suggestions.suggest(q, 8) : [];
}
