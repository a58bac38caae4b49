import { assign, fromPromise, setup } from "xstate";

export interface RefundInput {
  refundId: string;
  orderId: string;
  amountCents: number;
  reason: string;
}

export interface RefundContext extends RefundInput {
  requestedAt: Date;
  decidedBy: string | null;
  providerRef: string | null;
  error: string | null;
}

const AUTO_APPROVE_LIMIT_CENTS = 5_000;

/** Pays the refund back to the card through the payment provider (simulated in-process). */
const payBack = fromPromise<{ providerRef: string }, { refundId: string; amountCents: number }>(
  ({ input }) =>
    new Promise((resolve) =>
      setTimeout(() => resolve({ providerRef: `re_${input.refundId}_${input.amountCents}` }), 3)
    ),
);

export const refundMachine = setup({
  types: {
    input: {} as RefundInput,
    context: {} as RefundContext,
    events: {} as { type: "APPROVE"; by: string } | { type: "REJECT"; by: string },
  },
  actors: { payBack },
  guards: {
    smallAmount: ({ context }) => context.amountCents <= AUTO_APPROVE_LIMIT_CENTS,
  },
}).createMachine({
  id: "refund",
  context: ({ input }) => ({
    ...input,
    requestedAt: new Date(),
    decidedBy: null,
    providerRef: null,
    error: null,
  }),
  initial: "triage",
  states: {
    triage: {
      always: [
        { guard: "smallAmount", target: "paying", actions: assign({ decidedBy: "auto" }) },
        { target: "awaitingReview" },
      ],
    },
    awaitingReview: {
      on: {
        APPROVE: { target: "paying", actions: assign({ decidedBy: ({ event }) => event.by }) },
        REJECT: { target: "rejected", actions: assign({ decidedBy: ({ event }) => event.by }) },
      },
      after: { 5_000: { target: "rejected", actions: assign({ decidedBy: "timeout" }) } },
    },
    paying: {
      invoke: {
        src: "payBack",
        input: ({ context }) => ({ refundId: context.refundId, amountCents: context.amountCents }),
        onDone: {
          target: "refunded",
          actions: assign({ providerRef: ({ event }) => event.output.providerRef }),
        },
        onError: {
          target: "failed",
          actions: assign({ error: ({ event }) => String(event.error) }),
        },
      },
    },
    refunded: { type: "final" },
    rejected: { type: "final" },
    failed: { type: "final" },
  },
});
