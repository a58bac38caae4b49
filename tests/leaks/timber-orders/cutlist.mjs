import { stockFor } from "./stock.mjs";

const KERF = 4; // saw blade, mm
const CUT_CHARGE = 0.35; // per cut

export class CutListError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/**
 * First-fit decreasing: longest pieces first, each into the first board with room, else a new
 * board of the shortest stock length that takes it. Good enough for a counter quote.
 */
export function optimise({ species, section, pieces }) {
  const stock = stockFor(species, section);
  if (!stock) throw new CutListError(422, `we do not stock ${species} ${section}`);
  const wanted = [];
  for (const p of pieces) {
    const len = Number(p.len);
    const qty = Number(p.qty ?? 1);
    if (!(len > 0) || !(qty > 0)) throw new CutListError(400, "each piece needs len and qty");
    if (len > stock.lengths.at(-1)) {
      throw new CutListError(422, `${len} mm is longer than any board`);
    }
    for (let n = 0; n < qty; n++) wanted.push(len);
  }
  wanted.sort((a, b) => b - a);

  const boards = [];
  for (const len of wanted) {
    let board = boards.find((b) => b.remaining >= len + KERF);
    if (!board) {
      const stockLength = stock.lengths.find((l) => l >= len);
      board = { stockLength, cuts: [], remaining: stockLength };
      boards.push(board);
    }
    board.cuts.push(len);
    board.remaining -= len + KERF;
  }

  const metres = boards.reduce((m, b) => m + b.stockLength / 1000, 0);
  const cuts = boards.reduce((n, b) => n + b.cuts.length, 0);
  const offcut = boards.reduce((mm, b) => mm + Math.max(0, b.remaining), 0);
  const quote = {
    species,
    section,
    boards: boards.map((b) => ({
      stockLength: b.stockLength,
      cuts: b.cuts,
      offcut: Math.max(0, b.remaining),
    })),
    metres: Math.round(metres * 100) / 100,
    cuts,
    wastePercent: Math.round((offcut / (metres * 1000)) * 1000) / 10,
    timber: Math.round(metres * stock.perMetre * 100) / 100,
    cutting: Math.round(cuts * CUT_CHARGE * 100) / 100,
  };
  quote.total = Math.round((quote.timber + quote.cutting) * 100) / 100;
  return quote;
}

/** Same customer, same list in any order: same key. */
export function cutListKey(customer, { species, section, pieces }) {
  const normalised = pieces
    .map((p) => `${Number(p.len)}x${Number(p.qty ?? 1)}`)
    .sort()
    .join(",");
  return `${customer}|${species}|${section}|${normalised}`;
}
