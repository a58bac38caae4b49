import { config } from "./config.ts";
import { EarningError, type QuoteInput, quotePoints, type Tier } from "./earning.ts";

interface StatementLine {
  bookingRef: string;
  points: number;
  description: string;
  postedAt: string;
}

interface Member {
  id: string;
  name: string;
  tier: Tier;
  balance: number;
  tierPoints: number;
  statement: StatementLine[];
}

const members = new Map<string, Member>([
  ["FF-100231", member("FF-100231", "Inês Carvalho", "gold")],
  ["FF-100877", member("FF-100877", "Tom Whitfield", "blue")],
  ["FF-204410", member("FF-204410", "Katrin Vogel", "platinum")],
]);

// bookings credited lately, so a re-sent accrual does not credit twice
const recentlyCredited: string[] = [];

function member(id: string, name: string, tier: Tier): Member {
  return { id, name, tier, balance: 0, tierPoints: 0, statement: [] };
}

export function getMember(id: string): Member {
  const m = members.get(id);
  if (!m) throw new EarningError(404, `no member ${id}`);
  return m;
}

export function quoteFor(memberId: string, trip: Omit<QuoteInput, "tier">) {
  const m = getMember(memberId);
  return quotePoints({ tier: m.tier, ...trip });
}

export function accrue(memberId: string, bookingRef: string, trip: Omit<QuoteInput, "tier">) {
  const m = getMember(memberId);
  if (recentlyCredited.includes(bookingRef)) return { duplicate: true, balance: m.balance };
  const quote = quotePoints({ tier: m.tier, ...trip });
  m.balance += quote.total;
  m.tierPoints += quote.basePoints;
  m.statement.push({
    bookingRef,
    points: quote.total,
    description: `${quote.carrier} ${quote.fareClass} class`,
    postedAt: new Date().toISOString(),
  });
  if (m.statement.length > config.statementLines) m.statement.shift();
  recentlyCredited.push(bookingRef);
  if (recentlyCredited.length > config.recentAccruals) recentlyCredited.shift();
  return { duplicate: false, credited: quote.total, balance: m.balance };
}
