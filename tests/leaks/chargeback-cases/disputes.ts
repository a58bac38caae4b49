import type { AcquirerDispute, DisputeStatus, Network } from "./acquirer_events.ts";

export class DisputeError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export interface Evidence {
  kind: "shipping" | "customer_communication" | "refund_policy" | "receipt" | "other";
  text: string;
  addedBy: string;
  at: string;
}

export interface Dispute {
  id: number;
  charge: string;
  amountMinor: number;
  currency: string;
  network: Network;
  reasonCode: string;
  reason: string;
  respondBy: string;
  status: DisputeStatus;
  evidence: Evidence[];
  submittedAt?: string;
  openedAt: string;
}

export interface Outcome {
  dispute: number;
  charge: string;
  amountMinor: number;
  currency: string;
  result: DisputeStatus;
  lossMinor: number;
  at: string;
}

/**
 * Open chargebacks, while the merchant gathers evidence or decides to accept; a case leaves
 * when the merchant accepts it or the acquirer closes it, and its outcome goes to the finance
 * feed (the last 50 are kept for the dashboard).
 */
export class DisputeDesk {
  #open = new Map<number, Dispute>();
  #outcomes: Outcome[] = [];
  lostMinor = 0;

  opened(d: AcquirerDispute) {
    if (this.#open.has(d.id)) return this.#open.get(d.id)!;
    const dispute: Dispute = {
      id: d.id,
      charge: d.charge,
      amountMinor: d.amount_minor,
      currency: d.currency,
      network: d.network,
      reasonCode: d.reason_code,
      reason: d.reason,
      respondBy: d.respond_by,
      status: "needs_response",
      evidence: [],
      openedAt: new Date().toISOString(),
    };
    this.#open.set(d.id, dispute);
    return dispute;
  }

  get(id: number): Dispute {
    const d = this.#open.get(id);
    if (!d) throw new DisputeError(404, `no open dispute ${id}`);
    return d;
  }

  addEvidence(id: number, evidence: Evidence) {
    const d = this.get(id);
    if (d.status !== "needs_response") throw new DisputeError(409, "evidence already submitted");
    d.evidence.push(evidence);
    return d;
  }

  submit(id: number) {
    const d = this.get(id);
    if (d.evidence.length === 0) throw new DisputeError(422, "add evidence before submitting");
    d.status = "under_review";
    d.submittedAt = new Date().toISOString();
    return d;
  }

  /** The merchant gives up the case: the amount stays with the cardholder. */
  accept(id: number) {
    const d = this.get(id);
    return this.#settle(d.id, {
      dispute: d.id,
      charge: d.charge,
      amountMinor: d.amountMinor,
      currency: d.currency,
      result: "accepted",
      lossMinor: d.amountMinor,
      at: new Date().toISOString(),
    });
  }

  /** The acquirer's decision; the closed event carries the whole dispute, nothing to look up. */
  closed(d: AcquirerDispute) {
    return this.#settle(d.id, {
      dispute: d.id,
      charge: d.charge,
      amountMinor: d.amount_minor,
      currency: d.currency,
      result: d.status,
      lossMinor: d.status === "lost" ? d.amount_minor : 0,
      at: new Date().toISOString(),
    });
  }

  #settle(id: number, outcome: Outcome) {
    this.#open.delete(id);
    this.lostMinor += outcome.lossMinor;
    this.#outcomes.unshift(outcome);
    if (this.#outcomes.length > 50) this.#outcomes.length = 50;
    return outcome;
  }

  outcomes(limit: number) {
    return this.#outcomes.slice(0, limit);
  }

  summary() {
    const byStatus: Record<string, number> = {};
    for (const d of this.#open.values()) byStatus[d.status] = (byStatus[d.status] ?? 0) + 1;
    return { open: byStatus, lostMinor: this.lostMinor };
  }
}
