import { findMarket } from "./markets.ts";
import { lockOdds, type Selection, takeLock } from "./locks.ts";

export interface SlipRequest {
  id: string;
  account: string;
  stakeCents: number;
  selections: { market: string; outcome: string }[];
}

export interface Bet {
  id: string;
  account: string;
  stakeCents: number;
  potentialReturnCents: number;
  selections: Selection[];
  placedAt: string;
}

const MAX_STAKE_CENTS = 50_000;
const recentBets: Bet[] = [];
let turnoverCents = 0;

export class SlipError extends Error {
  constructor(message: string, readonly status: number) {
    super(message);
  }
}

/** Prices the slip at the current odds and holds them. */
export function quote(slip: SlipRequest, device: string) {
  if (!/^S-[\w-]+$/.test(slip.id)) throw new SlipError("slip id must be S-…", 422);
  if (!(slip.stakeCents > 0 && slip.stakeCents <= MAX_STAKE_CENTS)) {
    throw new SlipError("stake out of range", 422);
  }
  const selections: Selection[] = [];
  for (const pick of slip.selections ?? []) {
    const market = findMarket(pick.market);
    const outcome = market?.outcomes.find((o) => o.code === pick.outcome);
    if (!market || !outcome) throw new SlipError(`no ${pick.outcome} in ${pick.market}`, 404);
    if (market.suspended) throw new SlipError(`${market.name} is suspended`, 409);
    selections.push({ market: market.id, outcome: outcome.code, odds: outcome.odds });
  }
  if (selections.length === 0) throw new SlipError("pick at least one outcome", 422);
  const lock = lockOdds(
    { id: slip.id, account: slip.account, device, selections, stakeCents: slip.stakeCents },
    Date.now(),
  );
  const combined = selections.reduce((product, s) => product * s.odds, 1);
  return { slip: lock.id, odds: Math.round(combined * 100) / 100, expiresAt: lock.expiresAt };
}

/** Places the bet at the held odds. */
export function place(slipId: string): Bet {
  const lock = takeLock(slipId, Date.now());
  if (!lock) throw new SlipError("odds no longer held, please re-quote", 409);
  const combined = lock.selections.reduce((product, s) => product * s.odds, 1);
  const bet: Bet = {
    id: `B-${lock.id.slice(2)}`,
    account: lock.account,
    stakeCents: lock.stakeCents,
    potentialReturnCents: Math.floor(lock.stakeCents * combined),
    selections: lock.selections,
    placedAt: new Date().toISOString(),
  };
  turnoverCents += bet.stakeCents;
  recentBets.unshift(bet);
  recentBets.length = Math.min(recentBets.length, 25);
  return bet;
}

export function tradingSummary() {
  return { turnoverCents, recent: recentBets.slice(0, 5) };
}
