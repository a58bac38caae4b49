/**
 * The club ladder: one row per player, kept sorted best first so the top of the ladder and a
 * player's rank are cheap to read. Ratings change after every reported game, so a player's row
 * is taken out and put back in at its new place.
 */

export interface LadderRow {
  player: string;
  rating: number;
  games: number;
  since: string;
  streak: number;
}

function better(a: { rating: number; player: string }, b: { rating: number; player: string }) {
  return b.rating - a.rating || a.player.localeCompare(b.player);
}

export class Ladder {
  #rows: LadderRow[] = [];
  #byPlayer = new Map<string, LadderRow>();

  get size(): number {
    return this.#byPlayer.size;
  }

  get(player: string): LadderRow | undefined {
    return this.#byPlayer.get(player);
  }

  /** Index of the row for `player` at `rating`, found by binary search; -1 if it is not there. */
  #indexOf(player: string, rating: number): number {
    let lo = 0;
    let hi = this.#rows.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const order = better(this.#rows[mid], { player, rating });
      if (order === 0) return mid;
      if (order < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  #insertionPoint(row: LadderRow): number {
    let lo = 0;
    let hi = this.#rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (better(this.#rows[mid], row) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Records a player's new rating after a game and moves their row to its new place. */
  update(player: string, rating: number, won: boolean | null): LadderRow {
    const current = this.#byPlayer.get(player);
    const streak = current?.streak ?? 0;
    const row: LadderRow = {
      player,
      rating,
      games: (current?.games ?? 0) + 1,
      since: new Date().toISOString(),
      streak: won === null ? 0 : won ? Math.max(1, streak + 1) : Math.min(-1, streak - 1),
    };
    if (current) {
      const at = this.#indexOf(player, row.rating);
      if (at !== -1) this.#rows.splice(at, 1);
    }
    this.#rows.splice(this.#insertionPoint(row), 0, row);
    this.#byPlayer.set(player, row);
    return row;
  }

  /** Adds a player at the club's starting rating. */
  join(player: string, rating = 1500): LadderRow {
    const existing = this.#byPlayer.get(player);
    if (existing) return existing;
    const fresh: LadderRow = {
      player,
      rating,
      games: 0,
      since: new Date().toISOString(),
      streak: 0,
    };
    const at = this.#insertionPoint(fresh);
    this.#rows.splice(at, 0, fresh);
    this.#byPlayer.set(player, fresh);
    return fresh;
  }

  rankOf(player: string): number | null {
    const row = this.#byPlayer.get(player);
    if (!row) return null;
    let rank = 1;
    for (const r of this.#rows) {
      if (r === row) return rank;
      if (this.#byPlayer.get(r.player) === r) rank++;
    }
    return null;
  }

  /** The top of the ladder, one line per player. */
  top(limit: number) {
    const lines = [];
    for (const row of this.#rows) {
      // a row whose player has a newer one is being moved; show the player's current row only
      if (this.#byPlayer.get(row.player) !== row) continue;
      lines.push({
        rank: lines.length + 1,
        player: row.player,
        rating: Math.round(row.rating),
        games: row.games,
        streak: row.streak,
      });
      if (lines.length === limit) break;
    }
    return lines;
  }
}

export const ladder = new Ladder();
