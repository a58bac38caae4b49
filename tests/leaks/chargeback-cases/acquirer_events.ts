/** The acquirer's dispute webhooks (API version 2023-10), as far as this service reads them. */

export type Network = "visa" | "mastercard" | "amex";

export type DisputeStatus =
  | "needs_response"
  | "under_review"
  | "won"
  | "lost"
  | "accepted";

export interface AcquirerDispute {
  id: number;
  charge: string;
  amount_minor: number;
  currency: string;
  network: Network;
  reason_code: string;
  reason: string;
  status: DisputeStatus;
  respond_by: string;
}

export interface DisputeEvent {
  id: string;
  type: "dispute.opened" | "dispute.updated" | "dispute.closed";
  created: number;
  dispute: AcquirerDispute;
}
