import { AttendedSession } from "./attended.ts";
import { SelfScanSession } from "./self-scan.ts";
import { type CheckoutSession, openSessions, type Receipt, SessionError } from "./sessions.ts";

/** Lanes 1-4 are staffed tills, 5-12 the self-scan area. */
const ATTENDED_LANES = new Set([1, 2, 3, 4]);
const SELF_SCAN_LANES = new Set([5, 6, 7, 8, 9, 10, 11, 12]);

const RECENT_RECEIPTS = 25;
const recentReceipts: Receipt[] = [];

export function openSession(
  lane: number,
  body: { id?: string; kind?: string; loyaltyCard?: string },
): CheckoutSession {
  if (!body.id) throw new SessionError(400, "id is required");
  if (body.kind === "self-scan") {
    if (!SELF_SCAN_LANES.has(lane)) throw new SessionError(400, `lane ${lane} is not self-scan`);
    return new SelfScanSession(body.id, lane, body.loyaltyCard);
  }
  if (!ATTENDED_LANES.has(lane)) throw new SessionError(400, `lane ${lane} is not attended`);
  return new AttendedSession(body.id, lane, body.loyaltyCard);
}

export function recordReceipt(receipt: Receipt): void {
  recentReceipts.unshift(receipt);
  if (recentReceipts.length > RECENT_RECEIPTS) recentReceipts.length = RECENT_RECEIPTS;
}

export function laneStatus(lane: number) {
  let open = 0;
  let basketCents = 0;
  for (const session of openSessions.values()) {
    if (session.lane !== lane || session.state !== "open") continue;
    open++;
    basketCents += session.totalCents();
  }
  const last = recentReceipts.find((r) => r.lane === lane);
  return {
    lane,
    kind: SELF_SCAN_LANES.has(lane) ? "self-scan" : "attended",
    openSessions: open,
    basketCents,
    lastReceipt: last ? { session: last.session, totalCents: last.totalCents } : null,
  };
}

export function recent(n: number): Receipt[] {
  return recentReceipts.slice(0, Math.max(0, Math.min(n, RECENT_RECEIPTS)));
}
