import type { WorkflowDefinition } from "./engine.ts";
import { pick, release, reserve } from "./warehouse.ts";

export interface FulfilmentInput {
  orderId: string;
  email: string;
  items: { sku: string; qty: number }[];
  amount: number;
  currency: string;
  shipTo: { name: string; postcode: string; country: string };
}

export interface PaymentCaptured {
  pspReference: string;
  amount: number;
  currency: string;
  method: string;
}

export class PaymentMismatch extends Error {}

const PAYMENT_TIMEOUT_MS = 30 * 60_000;
const CARRIERS: Record<string, string> = { NL: "PostNL", BE: "bpost", DE: "DHL" };

const sentEmails: { to: string; subject: string; at: string }[] = [];
let labelSeq = 30_000_000;

export const fulfilment: WorkflowDefinition<FulfilmentInput> = {
  name: "order-fulfilment",
  steps: [
    {
      name: "await-payment",
      async run(ctx) {
        const capture = await ctx.waitFor<PaymentCaptured>(
          `payment.captured:${ctx.input.orderId}`,
          PAYMENT_TIMEOUT_MS,
        );
        if (capture.amount !== ctx.input.amount || capture.currency !== ctx.input.currency) {
          throw new PaymentMismatch(
            `captured ${capture.amount} ${capture.currency}, order is ${ctx.input.amount} ${ctx.input.currency}`,
          );
        }
        ctx.state.payment = { pspReference: capture.pspReference, method: capture.method };
      },
    },
    {
      name: "reserve-stock",
      run(ctx) {
        ctx.state.reservation = reserve(ctx.input.orderId, ctx.input.items);
      },
      compensate(ctx) {
        release(ctx.input.orderId);
      },
    },
    {
      name: "create-label",
      run(ctx) {
        const carrier = CARRIERS[ctx.input.shipTo.country];
        if (!carrier) throw new Error(`no carrier for ${ctx.input.shipTo.country}`);
        ctx.state.label = { carrier, trackingNumber: `3S${++labelSeq}` };
        pick(ctx.input.orderId);
      },
    },
    {
      name: "send-confirmation",
      run(ctx) {
        const label = ctx.state.label as { carrier: string; trackingNumber: string };
        sentEmails.push({
          to: ctx.input.email,
          subject:
            `Order ${ctx.input.orderId} is on its way (${label.carrier} ${label.trackingNumber})`,
          at: new Date().toISOString(),
        });
        if (sentEmails.length > 50) sentEmails.splice(0, sentEmails.length - 50);
      },
    },
  ],
};

export function outbox(limit: number) {
  return sentEmails.slice(-limit);
}
