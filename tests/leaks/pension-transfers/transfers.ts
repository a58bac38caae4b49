import { runChecks, type TransferRequest } from "./checks.ts";
import { claim, type InFlight, lookup, type Outcome, settle } from "./inflight.ts";

export class TransferError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const gbp = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP" });
const recent: { reference: string; memberId: string; status: string; amount: string }[] = [];
const MAX_RECENT = 25;
const totals = { accepted: 0, referred: 0, rejected: 0, retries: 0 };
let seq = 4100;

function parse(body: Record<string, unknown>): TransferRequest {
  const rs = (body.receivingScheme ?? {}) as Record<string, unknown>;
  const amountPence = Math.round(Number(body.amount) * 100);
  if (!body.memberId || !rs.pstr) {
    throw new TransferError(400, "memberId and receivingScheme.pstr are required");
  }
  if (!Number.isFinite(amountPence) || amountPence <= 0) {
    throw new TransferError(400, "amount must be positive");
  }
  return {
    memberId: String(body.memberId),
    schemeName: String(body.schemeName ?? "Company Pension Scheme"),
    receivingScheme: {
      name: String(rs.name ?? ""),
      pstr: String(rs.pstr),
      type: String(rs.type ?? ""),
    },
    amountPence,
    reason: String(body.reason ?? ""),
    contactedBy: body.contactedBy ? String(body.contactedBy) : null,
    overseas: Boolean(body.overseas),
  };
}

async function assess(key: string, req: TransferRequest): Promise<Outcome> {
  const flags = await runChecks(req);
  const status = flags.some((f) => f.startsWith("red:"))
    ? "rejected"
    : flags.length
    ? "referred"
    : "accepted";
  const outcome: Outcome = { status, reference: `TR-${++seq}`, flags };
  totals[status]++;
  recent.unshift({
    reference: outcome.reference,
    memberId: req.memberId,
    status,
    amount: gbp.format(req.amountPence / 100),
  });
  if (recent.length > MAX_RECENT) recent.length = MAX_RECENT;
  settle(key, outcome);
  return outcome;
}

/** Starts a transfer out, or answers a retry with the first request's outcome. */
export async function requestTransfer(
  key: string,
  body: Record<string, unknown>,
): Promise<{ outcome: Outcome; replayed: boolean }> {
  if (!key) throw new TransferError(400, "Idempotency-Key header is required");
  const previous = lookup(key);
  if (previous) {
    totals.retries++;
    return { outcome: await previous.done, replayed: true };
  }
  const req = parse(body);
  const entry: InFlight = {
    key,
    memberId: req.memberId,
    request: body,
    startedAt: Date.now(),
    done: assess(key, req),
  };
  const raced = claim(entry);
  if (raced) return { outcome: await raced.done, replayed: true };
  return { outcome: await entry.done, replayed: false };
}

export function status(key: string) {
  const entry = lookup(key);
  if (!entry) throw new TransferError(404, "no request with that key");
  return {
    key,
    memberId: entry.memberId,
    state: entry.outcome ? entry.outcome.status : "checking",
    reference: entry.outcome?.reference ?? null,
  };
}

export function summary() {
  return { totals, recent: recent.slice(0, 10) };
}
