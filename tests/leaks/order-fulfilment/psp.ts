import type { PaymentCaptured } from "./fulfilment.ts";

/** Webhooks from the payment service provider (hosted checkout). */

export class WebhookError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const WEBHOOK_TOKEN = "whsec_dev_8f3a";

export interface PspNotification {
  type: string;
  orderId: string;
  capture: PaymentCaptured;
}

export function parseNotification(req: Request, body: unknown): PspNotification {
  if (req.headers.get("authorization") !== `Bearer ${WEBHOOK_TOKEN}`) {
    throw new WebhookError(401, "bad webhook token");
  }
  if (!body || typeof body !== "object") throw new WebhookError(400, "expected JSON");
  const b = body as Record<string, unknown>;
  if (typeof b.orderId !== "string" || !/^ord-[\w-]{1,40}$/.test(b.orderId)) {
    throw new WebhookError(422, "orderId missing");
  }
  const amount = Number(b.amount);
  if (!Number.isInteger(amount) || amount <= 0) throw new WebhookError(422, "amount in cents");
  return {
    type: String(b.type ?? ""),
    orderId: b.orderId,
    capture: {
      pspReference: String(b.pspReference ?? ""),
      amount,
      currency: String(b.currency ?? "EUR"),
      method: String(b.method ?? "ideal"),
    },
  };
}
