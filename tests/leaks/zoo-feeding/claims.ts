/**
 * Which keeper is feeding which enclosure: another keeper must not start a round there. A
 * released claim stays for a moment so the other keeper's handset shows who just fed.
 */
export interface Claim {
  enclosure: string;
  keeper: string;
  round: string;
  since: number;
  releasedAt?: number;
}

const LINGER_MS = 250;
const claims: Record<string, Claim> = Object.create(null);

export function claim(c: Claim): Claim | undefined {
  const held = claims[c.enclosure];
  if (held && held.releasedAt === undefined && held.keeper !== c.keeper) return held;
  Object.defineProperty(claims, c.enclosure, { value: c, enumerable: true, configurable: true });
  return undefined;
}

export function release(enclosure: string, round: string) {
  const held = claims[enclosure];
  if (held && held.round === round) held.releasedAt = Date.now();
}

export function current(enclosure: string): Claim | undefined {
  return claims[enclosure];
}

setInterval(() => {
  const now = Date.now();
  for (const [enclosure, c] of Object.entries(claims)) {
    if (c.releasedAt !== undefined && now - c.releasedAt > LINGER_MS) delete claims[enclosure];
  }
}, 200);
