// Searches that found nothing, for the merchandising team: what people look for that we
// don't stock (or can't find under the name they use). Kept to the most frequent ones.

export interface ZeroResult {
  query: string;
  count: number;
  firstSeen: string;
  lastSeen: string;
  category: string | null;
  suggested: string[];
  sessions: Set<string>;
}

const CAPACITY = 100;
// enough to tell one person retrying from a real gap in the range
const MAX_SESSIONS = 20;

export const normalise = (q: string) => q.trim().toLowerCase().replace(/\s+/g, " ");

export class ZeroResultReport {
  #zeroResults = new Map<string, ZeroResult>();

  record(query: string, session: string, category: string | null, suggested: string[]) {
    const key = normalise(query);
    const now = new Date().toISOString();
    const existing = this.#zeroResults.get(key);
    if (existing) {
      existing.count++;
      existing.lastSeen = now;
      if (existing.sessions.size < MAX_SESSIONS) existing.sessions.add(session);
      return;
    }
    const entry: ZeroResult = {
      query: query.trim(),
      count: 1,
      firstSeen: now,
      lastSeen: now,
      category,
      suggested,
      sessions: new Set([session]),
    };
    this.#zeroResults.set(key, entry);
    if (this.#zeroResults.size > CAPACITY) this.#evictLeastFrequent();
  }

  #evictLeastFrequent() {
    let lowest: ZeroResult | undefined;
    for (const entry of this.#zeroResults.values()) {
      if (!lowest || entry.count < lowest.count) lowest = entry;
    }
    if (lowest) this.#zeroResults.delete(lowest.query);
  }

  top(n: number) {
    return [...this.#zeroResults.values()]
      .sort((a, b) => b.count - a.count || b.lastSeen.localeCompare(a.lastSeen))
      .slice(0, n)
      .map(({ sessions, ...rest }) => ({ ...rest, sessions: sessions.size }));
  }

  get size(): number {
    return this.#zeroResults.size;
  }
}
