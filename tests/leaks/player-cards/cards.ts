import { memoize } from "./vendor/memo/mod.ts";
import { players, tierOf } from "./players.ts";

export interface PlayerCard {
  id: string;
  name: string;
  rating: number;
  tier: string;
  record: string;
  winRate: number;
  kd: number;
  badges: string[];
  form: string;
  lastMatches: { map: string; result: string; change: string }[];
  viewer: { id: string; isFriend: boolean; canInvite: boolean };
}

function buildCard(playerId: string, viewerId: string): PlayerCard | null {
  const p = players.get(playerId);
  if (!p) return null;
  const kills = p.recent.reduce((n, m) => n + m.kills, 0);
  const deaths = p.recent.reduce((n, m) => n + m.deaths, 0);
  const games = p.wins + p.losses;
  const card: PlayerCard = {
    id: p.id,
    name: p.name,
    rating: p.rating,
    tier: tierOf(p.rating),
    record: `${p.wins}W ${p.losses}L`,
    winRate: games ? Math.round((p.wins / games) * 1000) / 10 : 0,
    kd: deaths ? Math.round((kills / deaths) * 100) / 100 : kills,
    badges: [...p.badges],
    form: p.recent.slice(0, 5).map((m) => (m.won ? "W" : "L")).join(""),
    lastMatches: p.recent.slice(0, 3).map((m) => ({
      map: m.map,
      result: m.won ? "Victory" : "Defeat",
      change: `${m.ratingChange > 0 ? "+" : ""}${m.ratingChange}`,
    })),
    viewer: {
      id: viewerId,
      isFriend: p.friends.has(viewerId),
      canInvite: viewerId !== p.id,
    },
  };
  return card;
}

// The lobby screen asks for every card in the room at once, and again on each refresh.
export const playerCard = memoize(buildCard, {
  maxAge: 250,
  key: (playerId, viewerId) => `${playerId}|${viewerId}`,
});
