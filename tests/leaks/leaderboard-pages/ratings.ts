/** Season ratings: Elo per player, with a version that moves on every recorded result. */

export interface Standing {
  player: string;
  rating: number;
  wins: number;
  losses: number;
  streak: number;
}

const K = 32;
const seasons = new Map<string, Map<string, Standing>>();
const versions = new Map<string, number>();

function standing(season: string, player: string): Standing {
  let table = seasons.get(season);
  if (!table) seasons.set(season, table = new Map());
  let s = table.get(player);
  if (!s) table.set(player, s = { player, rating: 1500, wins: 0, losses: 0, streak: 0 });
  return s;
}

export function recordResult(season: string, winner: string, loser: string): number {
  const w = standing(season, winner);
  const l = standing(season, loser);
  const expected = 1 / (1 + 10 ** ((l.rating - w.rating) / 400));
  const delta = Math.max(1, Math.round(K * (1 - expected)));
  w.rating += delta;
  l.rating -= delta;
  w.wins++;
  l.losses++;
  w.streak = Math.max(1, w.streak + 1);
  l.streak = Math.min(-1, l.streak - 1);
  versions.set(season, (versions.get(season) ?? 0) + 1);
  return delta;
}

export function versionOf(season: string): number {
  return versions.get(season) ?? 0;
}

export function ranked(season: string): Standing[] {
  const table = seasons.get(season);
  if (!table) return [];
  return [...table.values()].sort((a, b) => b.rating - a.rating || b.wins - a.wins);
}
