/** Elo for ranked queues; casual games are played for fun and rated by nobody. */

const K = 24;
const ratings = new Map();

export function ratingOf(playerId) {
  return ratings.get(playerId) ?? 1200;
}

export function rate(winnerId, loserId) {
  const rw = ratingOf(winnerId);
  const rl = ratingOf(loserId);
  const expected = 1 / (1 + 10 ** ((rl - rw) / 400));
  const delta = Math.round(K * (1 - expected));
  ratings.set(winnerId, rw + delta);
  ratings.set(loserId, rl - delta);
  return delta;
}

export function ratedPlayers() {
  return ratings.size;
}
