import { createMachine, type MachineEvent } from "./vendor/mini-actors/mod.ts";
import { evidenceFor, feeFor, type PassType } from "./fees.ts";

export interface Applicant {
  name: string;
  dob: string;
  address: string;
  email?: string;
  photoRef?: string;
}

export interface ApplicationInput {
  ref: string;
  type: PassType;
  applicant: Applicant;
  replacement?: boolean;
  channel: string;
}

export interface ApplicationContext extends ApplicationInput {
  fee: number;
  evidenceNeeded: string[];
  evidenceNotes: string[];
  history: { state: string; at: string; by?: string }[];
  passNumber?: string;
  rejection?: string;
}

const at = () => new Date().toISOString();
const log = (ctx: ApplicationContext, state: string, by?: string) => ({
  history: [...ctx.history, { state, at: at(), by }],
});

let printed = 9_410_000;

export const passApplication = createMachine<ApplicationContext, ApplicationInput>({
  id: "concession-pass",
  initial: "checkingEvidence",
  context: (input) => ({
    ...input,
    fee: feeFor(input.type, input.replacement ?? false),
    evidenceNeeded: evidenceFor(input.type),
    evidenceNotes: [],
    history: [{ state: "submitted", at: at(), by: input.channel }],
  }),
  states: {
    checkingEvidence: {
      on: {
        EVIDENCE_OK: {
          target: "awaitingPayment",
          assign: (ctx, e: MachineEvent) => ({
            ...log(ctx, "evidence accepted", e.officer as string),
            evidenceNotes: [...ctx.evidenceNotes, String(e.note ?? "")],
          }),
        },
        EVIDENCE_REJECTED: {
          target: "rejected",
          assign: (ctx, e) => ({
            ...log(ctx, "evidence rejected", e.officer as string),
            rejection: String(e.reason ?? "evidence not accepted"),
          }),
        },
      },
    },
    awaitingPayment: {
      entry: (ctx) => (ctx.fee === 0 ? log(ctx, "no fee due") : undefined),
      on: {
        PAID: {
          target: "printing",
          guard: (ctx, e) => Number(e.amount) >= ctx.fee,
          assign: (ctx, e) => log(ctx, `paid £${e.amount}`, e.method as string),
        },
      },
    },
    printing: {
      entry: (ctx) => ({ passNumber: `CP${++printed}`, ...log(ctx, "sent to print") }),
      on: {
        PRINTED: { target: "issued", assign: (ctx, e) => log(ctx, "posted", e.batch as string) },
      },
    },
    issued: {
      type: "final",
      output: (ctx) => ({ ref: ctx.ref, outcome: "issued", passNumber: ctx.passNumber }),
    },
    rejected: {
      type: "final",
      output: (ctx) => ({ ref: ctx.ref, outcome: "rejected", reason: ctx.rejection }),
    },
  },
});
