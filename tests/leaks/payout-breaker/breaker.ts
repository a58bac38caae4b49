import { assign, createActor, setup } from "xstate";

/**
 * Circuit breaker in front of the bank's payout rail: after FAILURE_THRESHOLD consecutive
 * failures it opens for COOL_DOWN_MS, then lets one trial transfer through (halfOpen).
 */
const FAILURE_THRESHOLD = 5;
const COOL_DOWN_MS = 2_000;

export const breakerMachine = setup({
  types: {
    context: {} as { failures: number; openedAt: number | null; trips: number },
    events: {} as { type: "SUCCESS" } | { type: "FAILURE"; reason: string } | { type: "RESET" },
  },
  guards: {
    thresholdReached: ({ context }) => context.failures + 1 >= FAILURE_THRESHOLD,
  },
  delays: { coolDown: COOL_DOWN_MS },
}).createMachine({
  id: "bankRailBreaker",
  initial: "closed",
  context: { failures: 0, openedAt: null, trips: 0 },
  states: {
    closed: {
      on: {
        SUCCESS: { actions: assign({ failures: 0 }) },
        FAILURE: [
          {
            guard: "thresholdReached",
            target: "open",
            actions: assign({
              failures: ({ context }) => context.failures + 1,
              openedAt: () => Date.now(),
              trips: ({ context }) => context.trips + 1,
            }),
          },
          { actions: assign({ failures: ({ context }) => context.failures + 1 }) },
        ],
      },
    },
    open: {
      after: { coolDown: "halfOpen" },
      on: { RESET: { target: "closed", actions: assign({ failures: 0, openedAt: null }) } },
    },
    halfOpen: {
      on: {
        SUCCESS: { target: "closed", actions: assign({ failures: 0, openedAt: null }) },
        FAILURE: { target: "open", actions: assign({ openedAt: () => Date.now() }) },
      },
    },
  },
});

/** One breaker for the whole process: every payout goes through the same bank rail. */
export const breaker = createActor(breakerMachine);
breaker.start();

export function breakerAllows(): boolean {
  return !breaker.getSnapshot().matches("open");
}

export function breakerStatus() {
  const snapshot = breaker.getSnapshot();
  return {
    state: snapshot.value,
    failures: snapshot.context.failures,
    trips: snapshot.context.trips,
    openedAt: snapshot.context.openedAt,
  };
}
