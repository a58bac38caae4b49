export type Authorization =
  | { approved: true; code: string }
  | { approved: false; reason: "card_declined" | "insufficient_funds" };

// The acquirer's sandbox test cards.
const DECLINED = new Map<string, "card_declined" | "insufficient_funds">([
  ["4000000000000002", "card_declined"],
  ["4000000000009995", "insufficient_funds"],
]);

export async function authorize(
  card: string,
  amountCents: number,
  currency: string,
): Promise<Authorization> {
  await new Promise((resolve) => setTimeout(resolve, 2));
  const reason = DECLINED.get(card);
  if (reason) return { approved: false, reason };
  const code = `${currency}${amountCents.toString(36)}${Math.random().toString(36).slice(2, 8)}`
    .toUpperCase();
  return { approved: true, code };
}
