import { type Outcome, rate } from "./elo.ts";
import { ladder } from "./ladder.ts";

export class GameError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export interface GameReport {
  white: string;
  black: string;
  result: "1-0" | "0-1" | "1/2-1/2";
  opening?: string;
  moves?: number;
}

interface RecordedGame extends GameReport {
  reportedAt: string;
  ratingChange: { white: number; black: number };
}

const RECENT_GAMES = 25;
const recentGames: RecordedGame[] = [];

const MEMBERS = ["anna", "bram", "carmen", "dirk", "eva", "femke"];
for (const member of MEMBERS) ladder.join(member);

export function parseReport(body: Record<string, unknown>): GameReport {
  const white = String(body.white ?? "").toLowerCase();
  const black = String(body.black ?? "").toLowerCase();
  const result = body.result;
  if (!ladder.get(white) || !ladder.get(black)) {
    throw new GameError(422, "both players must be club members on the ladder");
  }
  if (white === black) throw new GameError(422, "a player cannot play themselves");
  if (result !== "1-0" && result !== "0-1" && result !== "1/2-1/2") {
    throw new GameError(422, 'result must be "1-0", "0-1" or "1/2-1/2"');
  }
  const moves = Number(body.moves);
  return {
    white,
    black,
    result,
    opening: typeof body.opening === "string" ? body.opening.slice(0, 80) : undefined,
    moves: Number.isInteger(moves) && moves > 0 ? moves : undefined,
  };
}

/** Rates a reported game and moves both players on the ladder. */
export function recordGame(report: GameReport): RecordedGame {
  const white = ladder.get(report.white)!;
  const black = ladder.get(report.black)!;
  const outcome: Outcome = report.result === "1/2-1/2" ? "draw" : "win";
  const [winner, loser] = report.result === "0-1" ? [black, white] : [white, black];
  const [winnerRating, loserRating] = rate(winner, loser, outcome);
  const decided = outcome === "win";
  const before = { white: white.rating, black: black.rating };
  ladder.update(winner.player, winnerRating, decided ? true : null);
  ladder.update(loser.player, loserRating, decided ? false : null);
  const game: RecordedGame = {
    ...report,
    reportedAt: new Date().toISOString(),
    ratingChange: {
      white: Math.round(ladder.get(report.white)!.rating - before.white),
      black: Math.round(ladder.get(report.black)!.rating - before.black),
    },
  };
  recentGames.unshift(game);
  if (recentGames.length > RECENT_GAMES) recentGames.length = RECENT_GAMES;
  return game;
}

export function gamesOf(player: string) {
  return recentGames.filter((g) => g.white === player || g.black === player);
}
