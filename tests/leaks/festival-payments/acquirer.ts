/**
 * The card acquirer's authorisation API, as the sandbox behaves: test card numbers decide the
 * outcome (the live client has the same shape and goes over HTTPS).
 */

export interface CardDetails {
  number: string;
  expiry: string;
  cvc: string;
  holder: string;
}

export interface Authorisation {
  id: string;
  approvalCode: string;
  last4: string;
  brand: string;
  amountMinor: number;
  currency: string;
  authorisedAt: string;
}

export class CardDeclinedError extends Error {
  constructor(
    readonly code: string,
    readonly declineCode: string,
    readonly last4: string,
    message: string,
  ) {
    super(message);
    this.name = "CardDeclinedError";
  }
}

const SANDBOX_DECLINES: Record<string, [string, string]> = {
  "4000000000000002": ["card_declined", "generic_decline"],
  "4000000000009995": ["card_declined", "insufficient_funds"],
  "4000000000000069": ["expired_card", "expired_card"],
};

let sequence = 0;

function brandOf(number: string): string {
  if (number.startsWith("4")) return "visa";
  if (/^5[1-5]/.test(number)) return "mastercard";
  if (/^3[47]/.test(number)) return "amex";
  return "unknown";
}

export async function authorise(
  card: CardDetails,
  amountMinor: number,
  currency: string,
): Promise<Authorisation> {
  // the sandbox answers in a few milliseconds
  await new Promise((resolve) => setTimeout(resolve, 2 + (sequence % 5)));
  const number = card.number.replace(/\D/g, "");
  const last4 = number.slice(-4);
  const decline = SANDBOX_DECLINES[number];
  if (decline) {
    throw new CardDeclinedError(
      decline[0],
      decline[1],
      last4,
      `Your card ending ${last4} was declined (${decline[1].replace(/_/g, " ")}).`,
    );
  }
  return {
    id: `auth_${(++sequence).toString(36).padStart(8, "0")}`,
    approvalCode: String(100000 + (sequence * 7919) % 900000),
    last4,
    brand: brandOf(number),
    amountMinor,
    currency,
    authorisedAt: new Date().toISOString(),
  };
}
