import { now } from "./clock.ts";

export interface Performer {
  slug: string;
  name: string;
  pitch: string;
  tipsCents: number;
  tips: number;
}

export interface Receipt {
  id: string;
  performer: string;
  amountCents: number;
  cardLast4: string;
  message: string;
  authCode: string;
  paidAt: string;
}

const performers = new Map<string, Performer>(
  [
    ["accordion-anna", "Anna Kowalczyk", "Dam Square, by the monument"],
    ["steel-pan-kofi", "Kofi Mensah", "Leidseplein"],
    ["living-statue", "Mees van Dijk", "Vondelpark main gate"],
    ["string-trio", "Trio Amstel", "Rembrandtplein"],
  ].map(([slug, name, pitch]) => [slug, { slug, name, pitch, tipsCents: 0, tips: 0 }]),
);

const ALLOWED_AMOUNTS = new Set([100, 200, 300, 500, 1000]);
let sequence = 0;

export function findPerformer(slug: string): Performer | undefined {
  return performers.get(slug);
}

export interface TipRequest {
  amountCents: number;
  card: { token: string; last4: string };
  message?: string;
}

/** Authorises the tip with the card acquirer (simulated) and books it to the performer. */
export async function payTip(performer: Performer, tip: TipRequest): Promise<Receipt> {
  if (!ALLOWED_AMOUNTS.has(tip.amountCents)) throw new RangeError("pick one of the tip buttons");
  if (!/^tok_\w+$/.test(tip.card.token)) throw new RangeError("card token missing");
  await new Promise((resolve) => setTimeout(resolve, 2));
  sequence++;
  performer.tipsCents += tip.amountCents;
  performer.tips++;
  return {
    id: `TIP-${performer.slug}-${sequence}`,
    performer: performer.slug,
    amountCents: tip.amountCents,
    cardLast4: tip.card.last4,
    message: (tip.message ?? "").slice(0, 140),
    authCode: (sequence * 7919 % 1_000_000).toString().padStart(6, "0"),
    paidAt: now().toISOString(),
  };
}
