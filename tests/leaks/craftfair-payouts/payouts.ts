import { createTransfer, getTransfer, type TransferStatus } from "./provider.ts";
import type { Job, Scheduler } from "./scheduler.ts";

export interface PayoutLine {
  order: string;
  item: string;
  gross: number;
  commission: number;
}

export interface Payout {
  id: string;
  seller: string;
  lines: PayoutLine[];
  amount: number;
  currency: string;
  statementRef: string;
  transferId: string;
  status: TransferStatus | "requested";
  requestedBy: string;
  createdAt: string;
  paidAt?: string;
  history: { at: string; status: string }[];
}

export interface Seller {
  id: string;
  name: string;
  account: string;
  held: number;
  paidOut: number;
}

export class PayoutError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const COMMISSION = 0.08;
const POLL_MS = 100;
const FINAL: ReadonlySet<string> = new Set(["paid", "failed"]);
const HISTORY_LIMIT = 50;

export const sellers = new Map<string, Seller>([
  ["kiln-and-kettle", {
    id: "kiln-and-kettle",
    name: "Kiln & Kettle Ceramics",
    account: "acct_1PkK8xKettle",
    held: 0,
    paidOut: 0,
  }],
  ["hedgerow-prints", {
    id: "hedgerow-prints",
    name: "Hedgerow Prints",
    account: "acct_1PhR2yHedge",
    held: 0,
    paidOut: 0,
  }],
]);

/** Payouts the provider has not settled yet. */
const open = new Map<string, Payout>();
/** Settled payouts, newest first. */
const settled: Payout[] = [];

export function createPayouts(scheduler: Scheduler) {
  async function poll(job: Job, payout: Payout) {
    if (FINAL.has(payout.status)) return; // settled by an earlier run
    const transfer = await getTransfer(payout.transferId);
    if (transfer.status === payout.status) return;
    payout.status = transfer.status;
    payout.history.push({ at: new Date().toISOString(), status: transfer.status });
    if (!FINAL.has(transfer.status)) return;

    const seller = sellers.get(payout.seller)!;
    seller.held -= payout.amount;
    if (transfer.status === "paid") {
      seller.paidOut += payout.amount;
      payout.paidAt = new Date().toISOString();
    }
    open.delete(payout.id);
    settled.unshift(payout);
    if (settled.length > HISTORY_LIMIT) settled.length = HISTORY_LIMIT;
    // settled: nothing more to ask the provider
    scheduler.cancel(job.id);
  }

  async function request(
    body: { id?: string; seller?: string; lines?: PayoutLine[]; statementRef?: string },
    user: string,
  ): Promise<Payout> {
    const seller = sellers.get(body.seller ?? "");
    if (!seller) throw new PayoutError(404, `no seller ${body.seller}`);
    if (!body.id || !Array.isArray(body.lines) || body.lines.length === 0) {
      throw new PayoutError(400, "a payout needs an id and order lines");
    }
    if (open.has(body.id) || settled.some((p) => p.id === body.id)) {
      throw new PayoutError(409, `payout ${body.id} already requested`);
    }
    const lines = body.lines.map((l) => ({
      order: String(l.order),
      item: String(l.item),
      gross: Number(l.gross),
      commission: Math.round(Number(l.gross) * COMMISSION),
    }));
    const amount = lines.reduce((sum, l) => sum + l.gross - l.commission, 0);
    const transfer = await createTransfer(amount, "gbp", seller.account);
    const now = new Date().toISOString();
    const payout: Payout = {
      id: body.id,
      seller: seller.id,
      lines,
      amount,
      currency: "gbp",
      statementRef: body.statementRef ?? `CF-${body.id}`,
      transferId: transfer.id,
      status: "requested",
      requestedBy: user,
      createdAt: now,
      history: [{ at: now, status: "requested" }],
    };
    seller.held += amount;
    open.set(payout.id, payout);
    scheduler.schedule(`payout:${payout.id}`, {
      description: `poll transfer ${transfer.id} for ${payout.id}`,
      everyMs: POLL_MS,
      task: (job) => poll(job, payout),
    });
    return payout;
  }

  function find(id: string): Payout | undefined {
    return open.get(id) ?? settled.find((p) => p.id === id);
  }

  function balance(sellerId: string) {
    const seller = sellers.get(sellerId);
    if (!seller) return undefined;
    return {
      seller: seller.id,
      name: seller.name,
      held: seller.held,
      paidOut: seller.paidOut,
      openPayouts: [...open.values()].filter((p) => p.seller === seller.id).length,
      recent: settled.filter((p) => p.seller === seller.id).slice(0, 5).map((p) => ({
        id: p.id,
        amount: p.amount,
        paidAt: p.paidAt,
      })),
    };
  }

  /** The quarter-hourly reconciliation: what is still open, and for how long. */
  function reconcile() {
    const now = Date.now();
    const overdue = [...open.values()].filter((p) => now - Date.parse(p.createdAt) > 86_400_000);
    lastReconciliation = {
      at: new Date(now).toISOString(),
      open: open.size,
      overdue: overdue.map((p) => p.id),
      held: [...sellers.values()].reduce((sum, s) => sum + s.held, 0),
    };
  }

  return { request, find, balance, reconcile };
}

export let lastReconciliation: Record<string, unknown> | null = null;
