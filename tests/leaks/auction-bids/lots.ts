export interface Bid {
  id: string;
  lotId: string;
  bidder: string;
  amountCents: number;
  source: "quick" | "manual";
  placedAt: string;
  /** The bid this one displaced; a retraction restores it. */
  previous?: Bid;
}

export interface Lot {
  id: string;
  title: string;
  startCents: number;
  reserveCents: number;
  closesAt: number;
  leading?: Bid;
  bidCount: number;
  recentBids: Bid[];
}

const RECENT_BIDS = 10;
const lots = new Map<string, Lot>();

export function addLot(id: string, title: string, startCents: number, reserveCents: number) {
  lots.set(id, {
    id,
    title,
    startCents,
    reserveCents,
    closesAt: Date.now() + 7 * 24 * 3600_000,
    bidCount: 0,
    recentBids: [],
  });
}

export function getLot(id: string): Lot | undefined {
  return lots.get(id);
}

export function placeBid(
  lotId: string,
  bidder: string,
  amountCents: number,
  source: Bid["source"],
): Bid | string {
  const lot = lots.get(lotId);
  if (!lot) return "unknown lot";
  if (Date.now() > lot.closesAt) return "lot closed";
  const minimum = lot.leading
    ? lot.leading.amountCents + increment(lot.leading.amountCents)
    : lot.startCents;
  if (amountCents < minimum) return `minimum bid is ${minimum}`;
  lot.bidCount++;
  const bid: Bid = {
    id: `${lotId}-${lot.bidCount}`,
    lotId,
    bidder,
    amountCents,
    source,
    placedAt: new Date().toISOString(),
    previous: lot.leading,
  };
  lot.leading = bid;
  lot.recentBids.unshift(bid);
  if (lot.recentBids.length > RECENT_BIDS) lot.recentBids.pop();
  return bid;
}

export function retractLeading(lotId: string, bidder: string): boolean {
  const lot = lots.get(lotId);
  if (!lot?.leading || lot.leading.bidder !== bidder) return false;
  const retracted = lot.leading;
  lot.leading = retracted.previous;
  lot.recentBids = lot.recentBids.filter((b) => b !== retracted);
  return true;
}

/** eBay-style bid increments. */
export function increment(amountCents: number): number {
  if (amountCents < 10_000) return 100;
  if (amountCents < 50_000) return 500;
  if (amountCents < 100_000) return 1_000;
  return 2_500;
}

export function summary(lot: Lot) {
  return {
    id: lot.id,
    title: lot.title,
    bidCount: lot.bidCount,
    leading: lot.leading &&
      { bidder: lot.leading.bidder, amountCents: lot.leading.amountCents },
    reserveMet: (lot.leading?.amountCents ?? 0) >= lot.reserveCents,
    recent: lot.recentBids.map((b) => ({ bidder: b.bidder, amountCents: b.amountCents })),
  };
}
