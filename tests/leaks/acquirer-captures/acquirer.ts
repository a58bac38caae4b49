/**
 * Client for the acquirer's card API. In this build it talks to the in-process sandbox, which
 * answers like the real one (auth codes, network ids, interchange on capture).
 */

export interface AuthRequest {
  merchant: string;
  reference: string;
  amountMinor: number;
  currency: string;
  card: { token: string; brand: string; last4: string; expiry: string };
  threeDS?: { eci: string; cavv: string };
}

export interface Authorization {
  acquirerRef: string;
  approved: boolean;
  authCode: string;
  networkTxnId: string;
  avs: string;
  cvc: string;
  amountMinor: number;
  currency: string;
  scheme: string;
  authorizedAt: string;
}

export interface Capture {
  captureId: string;
  acquirerRef: string;
  amountMinor: number;
  currency: string;
  settlementBatch: string;
  arn: string;
  fees: { interchangeMinor: number; schemeMinor: number; acquirerMinor: number };
  capturedAt: string;
}

let counter = 0;
const sandboxLatency = () => new Promise((r) => setTimeout(r, 3));
const ref = (prefix: string) =>
  `${prefix}${Date.now().toString(36)}${(++counter).toString(36).padStart(6, "0")}`;

export async function authorize(req: AuthRequest): Promise<Authorization> {
  await sandboxLatency();
  const declined = req.card.token === "tok_chargeDeclined";
  return {
    acquirerRef: ref("ACQ"),
    approved: !declined,
    authCode: declined ? "" : String(100000 + (counter * 7919) % 900000),
    networkTxnId: `${req.card.brand === "visa" ? "4" : "5"}${ref("").slice(-14)}`,
    avs: "Y",
    cvc: "M",
    amountMinor: req.amountMinor,
    currency: req.currency,
    scheme: req.card.brand,
    authorizedAt: new Date().toISOString(),
  };
}

export async function capture(acquirerRef: string, amountMinor: number, currency: string) {
  await sandboxLatency();
  const interchange = Math.round(amountMinor * 0.002);
  const result: Capture = {
    captureId: ref("CAP"),
    acquirerRef,
    amountMinor,
    currency,
    settlementBatch: `B${new Date().toISOString().slice(0, 10).replaceAll("-", "")}-01`,
    arn: `2${ref("").padEnd(22, "7").slice(0, 22)}`,
    fees: { interchangeMinor: interchange, schemeMinor: 2, acquirerMinor: 5 },
    capturedAt: new Date().toISOString(),
  };
  return result;
}
