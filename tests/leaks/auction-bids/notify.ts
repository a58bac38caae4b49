import type { Bid } from "./lots.ts";

export interface OutbidNotice {
  to: string;
  lotId: string;
  yourBidCents: number;
  newBidCents: number;
  at: number;
}

const outbox: OutbidNotice[] = [];
const OUTBOX_LIMIT = 50;

export function notifyOutbid(bid: Bid) {
  const previous = bid.previous;
  if (!previous || previous.bidder === bid.bidder) return;
  outbox.push({
    to: previous.bidder,
    lotId: bid.lotId,
    yourBidCents: previous.amountCents,
    newBidCents: bid.amountCents,
    at: Date.now(),
  });
  if (outbox.length > OUTBOX_LIMIT) outbox.splice(0, outbox.length - OUTBOX_LIMIT);
}

export function pendingNotices(): number {
  return outbox.length;
}
