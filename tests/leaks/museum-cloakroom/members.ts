/**
 * Museum card holders get their coats hung free. Cards are checked at the membership service
 * and the answers kept for 20 seconds, 40 at most; a sweep every 250 ms drops stale ones.
 */
interface Card {
  number: string;
  valid: boolean;
  tier: "basic" | "friend" | "patron";
  checkedAt: number;
}

const MAX = 40;
const MAX_AGE_MS = 20_000;
const cards = new Map<string, Card>();
let calls = 0;

async function membershipService(number: string): Promise<Card> {
  calls++;
  await new Promise((resolve) => setTimeout(resolve, 1));
  const n = Number(number.replace(/\D/g, "")) || 0;
  const tier = (["basic", "friend", "patron"] as const)[n % 3];
  return { number, valid: n % 11 !== 0, tier, checkedAt: Date.now() };
}

export async function card(number: string): Promise<Card> {
  const hit = cards.get(number);
  if (hit && Date.now() - hit.checkedAt < MAX_AGE_MS) return hit;
  const fresh = await membershipService(number);
  cards.delete(number);
  cards.set(number, fresh);
  if (cards.size > MAX) cards.delete(cards.keys().next().value!);
  return fresh;
}

setInterval(() => {
  const cutoff = Date.now() - MAX_AGE_MS;
  for (const [number, c] of cards) if (c.checkedAt < cutoff) cards.delete(number);
}, 250);

export const memberStats = () => ({ cached: cards.size, calls });
