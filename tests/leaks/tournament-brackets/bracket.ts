export interface Entrant {
  name: string;
  seed: number;
  rating: number;
}

export interface Game {
  round: number;
  a: string;
  b: string;
  winner: string;
}

/** Standard seeding: 1 v N, 2 v N-1, …; byes go to the top seeds. */
export function seedPairs(entrants: Entrant[]): [Entrant, Entrant | null][] {
  const sorted = [...entrants].sort((x, y) => x.seed - y.seed);
  let size = 1;
  while (size < sorted.length) size *= 2;
  const pairs: [Entrant, Entrant | null][] = [];
  for (let i = 0; i < size / 2; i++) pairs.push([sorted[i], sorted[size - 1 - i] ?? null]);
  return pairs;
}

/** Auto-resolved single elimination (the bot league plays its games server-side). */
export function playOut(entrants: Entrant[], pick: (a: Entrant, b: Entrant) => Entrant): Game[] {
  const games: Game[] = [];
  let alive = seedPairs(entrants);
  for (let round = 1; alive.length > 0; round++) {
    const winners: Entrant[] = [];
    for (const [a, b] of alive) {
      if (!b) {
        winners.push(a);
        continue;
      }
      const w = pick(a, b);
      games.push({ round, a: a.name, b: b.name, winner: w.name });
      winners.push(w);
    }
    if (winners.length === 1) break;
    alive = [];
    for (let i = 0; i < winners.length; i += 2) alive.push([winners[i], winners[i + 1] ?? null]);
  }
  return games;
}
