/** The card acquirer, simulated: test card numbers decline the way the real sandbox does. */

export interface CardDetails {
  brand: string;
  last4: string;
  exp: string;
  fingerprint: string;
}

export interface ChargeRequest {
  amount: number;
  currency: string;
  card: CardDetails;
  description: string;
  metadata: Record<string, string>;
}

export interface Charge {
  id: string;
  amount: number;
  currency: string;
  status: "succeeded";
  authCode: string;
  card: { brand: string; last4: string };
  description: string;
  metadata: Record<string, string>;
  created: number;
}

export class CardDeclined extends Error {
  code: string;
  request: ChargeRequest;

  constructor(code: string, request: ChargeRequest) {
    super(`card declined: ${code}`);
    this.code = code;
    this.request = request;
  }
}

const DECLINES: Record<string, string> = {
  "0002": "card_declined",
  "9995": "insufficient_funds",
  "0069": "expired_card",
};

let seq = 0;

export async function authorise(req: ChargeRequest): Promise<Charge> {
  // the sandbox answers asynchronously like the real thing
  await new Promise((resolve) => setTimeout(resolve, 1));
  const decline = DECLINES[req.card.last4];
  if (decline) throw new CardDeclined(decline, req);
  seq++;
  return {
    id: `ch_${Date.now().toString(36)}${seq.toString(36).padStart(4, "0")}`,
    amount: req.amount,
    currency: req.currency,
    status: "succeeded",
    authCode: String(100000 + (seq * 7919) % 900000),
    card: { brand: req.card.brand, last4: req.card.last4 },
    description: req.description,
    metadata: req.metadata,
    created: Math.floor(Date.now() / 1000),
  };
}
