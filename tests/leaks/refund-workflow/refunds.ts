import { type Actor, createActor } from "xstate";
import { differenceInMilliseconds } from "date-fns";
import { type RefundInput, refundMachine } from "./machine.ts";

/** Refunds still in progress, by id; each leaves when its machine reaches a final state. */
export const inFlight = new Map<string, Actor<typeof refundMachine>>();

export interface Outcome {
  refundId: string;
  orderId: string;
  outcome: string;
  amountCents: number;
  decidedBy: string | null;
  providerRef: string | null;
  requestedAt: Date;
  settledAt: Date;
  tookMs: number;
}

/** The last MAX_OUTCOMES outcomes, for the support dashboard. */
const MAX_OUTCOMES = 60;
export const outcomes: Outcome[] = [];
export const counters = { started: 0, refunded: 0, rejected: 0, failed: 0 };

export function startRefund(input: RefundInput) {
  const actor = createActor(refundMachine, { input });
  inFlight.set(input.refundId, actor);
  counters.started++;
  const subscription = actor.subscribe({
    complete: () => {
      const snapshot = actor.getSnapshot();
      const settledAt = new Date();
      const outcome = String(snapshot.value);
      counters[outcome as "refunded" | "rejected" | "failed"]++;
      outcomes.push({
        refundId: snapshot.context.refundId,
        orderId: snapshot.context.orderId,
        outcome,
        amountCents: snapshot.context.amountCents,
        decidedBy: snapshot.context.decidedBy,
        providerRef: snapshot.context.providerRef,
        requestedAt: snapshot.context.requestedAt,
        settledAt,
        tookMs: differenceInMilliseconds(settledAt, snapshot.context.requestedAt),
      });
      if (outcomes.length > MAX_OUTCOMES) outcomes.shift();
      inFlight.delete(input.refundId);
      subscription.unsubscribe();
    },
    error: () => {
      counters.failed++;
      inFlight.delete(input.refundId);
    },
  });
  actor.start();
  return actor.getSnapshot();
}

export function decide(refundId: string, approve: boolean, by: string) {
  const actor = inFlight.get(refundId);
  if (!actor) return undefined;
  actor.send(approve ? { type: "APPROVE", by } : { type: "REJECT", by });
  return actor.getSnapshot();
}
