// The life of one return, written as a generator: it yields the stage it waits in and is
// resumed with the next warehouse event, until it returns the outcome.

import type { Order } from "./orders.ts";
import {
  computeRefund,
  type Condition,
  type Reason,
  type Refund,
  type ReturnLine,
} from "./refunds.ts";

export type Stage = "awaiting-parcel" | "awaiting-inspection";

export type ReturnEvent =
  | { type: "opened"; at: string }
  | { type: "parcel-received"; at: string; location: string; scannedBy: string }
  | { type: "inspected"; at: string; condition: Condition; inspector: string; remarks?: string }
  | { type: "cancelled"; at: string; reason: string };

export interface ReturnCase {
  id: string;
  order: Order;
  lines: ReturnLine[];
  reason: Reason;
  channel: "courier" | "dropoff";
  customerNote: string;
  createdAt: string;
  receivedAt?: string;
  receivedLocation?: string;
}

export interface Outcome {
  status: "refunded" | "rejected" | "cancelled";
  refund: Refund | null;
  remarks?: string;
  closedAt: string;
}

export function* returnFlow(rma: ReturnCase): Generator<Stage, Outcome, ReturnEvent> {
  let event = yield "awaiting-parcel";
  while (event.type !== "parcel-received") {
    if (event.type === "cancelled") {
      return { status: "cancelled", refund: null, closedAt: event.at };
    }
    event = yield "awaiting-parcel";
  }
  rma.receivedAt = event.at;
  rma.receivedLocation = event.location;

  event = yield "awaiting-inspection";
  while (event.type !== "inspected") {
    if (event.type === "cancelled") {
      return { status: "cancelled", refund: null, closedAt: event.at };
    }
    event = yield "awaiting-inspection";
  }
  const refund = computeRefund(rma.order, rma.lines, rma.reason, event.condition);
  return {
    status: refund ? "refunded" : "rejected",
    refund,
    remarks: event.remarks,
    closedAt: event.at,
  };
}
