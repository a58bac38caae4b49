/** Elo with a K-factor that shrinks as a player gets established (FIDE-style). */

export type Outcome = "win" | "draw";

export function expectedScore(rating: number, opponent: number): number {
  return 1 / (1 + 10 ** ((opponent - rating) / 400));
}

export function kFactor(gamesPlayed: number, rating: number): number {
  if (gamesPlayed < 30) return 40;
  if (rating >= 2400) return 10;
  return 20;
}

/** New ratings for the two players; `a` is the winner unless it was a draw. */
export function rate(
  a: { rating: number; games: number },
  b: { rating: number; games: number },
  outcome: Outcome,
): [number, number] {
  const scoreA = outcome === "win" ? 1 : 0.5;
  const ea = expectedScore(a.rating, b.rating);
  const eb = 1 - ea;
  return [
    a.rating + kFactor(a.games, a.rating) * (scoreA - ea),
    b.rating + kFactor(b.games, b.rating) * ((1 - scoreA) - eb),
  ];
}
