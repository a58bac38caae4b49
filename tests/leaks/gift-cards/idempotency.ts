/** Replays of a redemption (same Idempotency-Key) get the first answer back. */

const MAX_KEYS = 64;
const answers = new Map<string, { status: number; body: unknown }>();

export function replay(key: string | null) {
  if (!key) return undefined;
  const hit = answers.get(key);
  if (hit) {
    answers.delete(key);
    answers.set(key, hit);
  }
  return hit;
}

export function storeAnswer(key: string | null, status: number, body: unknown) {
  if (!key) return;
  answers.set(key, { status, body });
  while (answers.size > MAX_KEYS) answers.delete(answers.keys().next().value!);
}
