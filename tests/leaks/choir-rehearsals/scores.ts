/**
 * Scores open in the rehearsal app: one parsed score shared by everyone practising the piece,
 * released by each of them; the last one out unloads it.
 */

export interface Part {
  voice: string;
  bars: number;
  divisi: boolean;
  notes: string;
}

export class Score {
  static #open = new Map<string, Score>();
  #refs = 0;

  private constructor(readonly piece: string, readonly title: string, readonly parts: Part[]) {}

  static acquire(piece: string): Score {
    let score = Score.#open.get(piece);
    if (!score) {
      score = new Score(piece, titleOf(piece), engrave(piece));
      Score.#open.set(piece, score);
    }
    score.#refs++;
    return score;
  }

  static get openCount(): number {
    return Score.#open.size;
  }

  release(): void {
    if (--this.#refs === 0) Score.#open.delete(this.piece);
  }
}

const TITLES = ["Ave verum corpus", "Cantique de Jean Racine", "Lux aeterna", "Os justi"];

function titleOf(piece: string): string {
  return `${TITLES[piece.length % TITLES.length]} (${piece})`;
}

function engrave(piece: string): Part[] {
  return ["soprano", "alto", "tenor", "bass"].map((voice, i) => ({
    voice,
    bars: 46 + i,
    divisi: voice === "soprano" || voice === "bass",
    notes:
      `${voice} line of ${piece}: breathe at bars 12 and 28, crescendo from 33, hold the fermata`,
  }));
}
