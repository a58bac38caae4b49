/**
 * Highlighting of search terms in ticket subjects and bodies: one compiled RegExp per query,
 * cached because agents page through results and re-run the same searches all day. At most
 * MAX_HIGHLIGHTERS are kept; the least recently used goes first.
 */
const MAX_HIGHLIGHTERS = 200;

export class Highlighter {
  readonly regex: RegExp;
  uses = 0;

  constructor(readonly query: string, readonly terms: string[]) {
    const alternatives = terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    this.regex = new RegExp(`(${alternatives.join("|")})`, "giu");
  }

  highlight(text: string): string {
    this.uses++;
    return text.replace(this.regex, "<mark>$1</mark>");
  }

  matches(text: string): boolean {
    this.regex.lastIndex = 0;
    return this.regex.test(text);
  }
}

const highlighters = new Map<string, Highlighter>();
const lastUsed = new Map<string, number>();

export function termsOf(query: string): string[] {
  return [...new Set(query.toLowerCase().split(/\s+/).filter((t) => t.length > 1))].slice(0, 8);
}

function evictLeastRecent(): void {
  let victim: string | undefined;
  let oldest = Infinity;
  for (const [query, at] of lastUsed) {
    if (at < oldest) {
      oldest = at;
      victim = query;
    }
  }
  if (victim === undefined) return;
  highlighters.delete(victim);
  lastUsed.delete(victim);
}

export function highlighterFor(query: string): Highlighter | undefined {
  const terms = termsOf(query);
  if (!terms.length) return undefined;
  const key = terms.join(" ");
  const known = highlighters.get(key);
  if (known) {
    lastUsed.set(key, performance.now());
    return known;
  }
  const created = new Highlighter(query, terms);
  highlighters.set(key, created);
  if (lastUsed.size > MAX_HIGHLIGHTERS) evictLeastRecent();
  return created;
}

export function highlightStats() {
  return { cached: highlighters.size, tracked: lastUsed.size, max: MAX_HIGHLIGHTERS };
}
