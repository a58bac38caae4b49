import { ranked, versionOf } from "./ratings.ts";

export interface PageRow {
  rank: number;
  player: string;
  rating: number;
  record: string;
  streak: string;
}

export interface Page {
  season: string;
  version: number;
  rows: PageRow[];
  generatedAt: string;
}

/**
 * Rendered leaderboard pages. The season's version is part of the key, so a new result makes
 * the next request render a fresh page and stale ones are never served.
 */
const pageCache = new Map<string, Page>();

export function page(season: string, offset: number, limit: number, around?: string): Page {
  const version = versionOf(season);
  const key = `${season}:${version}:${offset}:${limit}:${around ?? ""}`;
  const cached = pageCache.get(key);
  if (cached) return cached;

  const all = ranked(season);
  let start = offset;
  if (around) {
    const idx = all.findIndex((s) => s.player === around);
    if (idx >= 0) start = Math.max(0, idx - Math.floor(limit / 2));
  }
  const rows = all.slice(start, start + limit).map((s, i) => ({
    rank: start + i + 1,
    player: s.player,
    rating: s.rating,
    record: `${s.wins}-${s.losses}`,
    streak: s.streak > 0 ? `W${s.streak}` : `L${-s.streak}`,
  }));
  const result = { season, version, rows, generatedAt: new Date().toISOString() };
  pageCache.set(key, result);
  return result;
}

export function cacheSize(): number {
  return pageCache.size;
}
