export interface MatchSummary {
  id: string;
  mode: string;
  map: string;
  won: boolean;
  kills: number;
  deaths: number;
  ratingChange: number;
  at: string;
}

export interface Player {
  id: string;
  name: string;
  rating: number;
  wins: number;
  losses: number;
  badges: string[];
  friends: Set<string>;
  recent: MatchSummary[];
}

const RECENT = 10;

export const players = new Map<string, Player>();

for (
  const [id, name, rating] of [
    ["kestrel", "Kestrel", 2140],
    ["nightjar", "Nightjar", 2075],
    ["osprey", "Osprey", 1890],
    ["wren", "Wren", 1650],
    ["merlin", "Merlin", 1510],
  ] as const
) {
  players.set(id, {
    id,
    name,
    rating,
    wins: 0,
    losses: 0,
    badges: rating > 2000 ? ["season-7-diamond", "ace"] : ["season-7-gold"],
    friends: new Set(),
    recent: [],
  });
}

export function tierOf(rating: number): string {
  if (rating >= 2100) return "Master";
  if (rating >= 1900) return "Diamond";
  if (rating >= 1700) return "Platinum";
  if (rating >= 1500) return "Gold";
  return "Silver";
}

export function recordResult(body: {
  id: string;
  mode: string;
  map: string;
  winner: string;
  loser: string;
  kills: Record<string, number>;
  deaths: Record<string, number>;
}) {
  const winner = players.get(body.winner);
  const loser = players.get(body.loser);
  if (!winner || !loser) return null;
  const expected = 1 / (1 + 10 ** ((loser.rating - winner.rating) / 400));
  const delta = Math.round(24 * (1 - expected));
  const at = new Date().toISOString();
  for (const [p, won] of [[winner, true], [loser, false]] as const) {
    p.rating += won ? delta : -delta;
    if (won) p.wins++;
    else p.losses++;
    p.recent.unshift({
      id: body.id,
      mode: body.mode,
      map: body.map,
      won,
      kills: body.kills?.[p.id] ?? 0,
      deaths: body.deaths?.[p.id] ?? 0,
      ratingChange: won ? delta : -delta,
      at,
    });
    if (p.recent.length > RECENT) p.recent.length = RECENT;
  }
  return { delta, winner: winner.rating, loser: loser.rating };
}
