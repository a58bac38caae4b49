export interface LedgerLine {
  pnr: string;
  points: number;
  reason: string;
  at: string;
}

export interface Member {
  id: string;
  name: string;
  balance: number;
  ledger: LedgerLine[];
}

const LEDGER_KEPT = 20;
const CREDITED_KEPT = 64;
const POINTS_PER_EURO = 2;

const members = new Map<string, Member>(
  [
    ["FF-20417", "Joana Mendes"],
    ["FF-31122", "Pieter de Wit"],
  ].map(([id, name]) => [id, { id, name, balance: 0, ledger: [] }]),
);

// PNRs credited lately: the flown-coupon feed sends some of them twice
const credited = new Set<string>();

export function member(id: string): Member | undefined {
  return members.get(id);
}

export function creditFlown(memberId: string, pnr: string, fareCents: number): number {
  const m = members.get(memberId);
  if (!m || credited.has(pnr)) return 0;
  const points = Math.floor((fareCents / 100) * POINTS_PER_EURO);
  m.balance += points;
  m.ledger.push({ pnr, points, reason: "flown", at: new Date().toISOString() });
  if (m.ledger.length > LEDGER_KEPT) m.ledger.shift();
  credited.add(pnr);
  if (credited.size > CREDITED_KEPT) {
    const oldest = credited.values().next().value;
    if (oldest !== undefined) credited.delete(oldest);
  }
  return points;
}
