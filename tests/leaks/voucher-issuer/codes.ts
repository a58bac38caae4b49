/**
 * Voucher codes: short, easy to read out over the phone (no 0/O, 1/I/L), and unique within a
 * campaign.
 */

const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

function randomChars(n: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(n));
  let out = "";
  for (const b of bytes) out += ALPHABET[b % ALPHABET.length];
  return out;
}

/** Luhn mod N check character, so a typo at the till is caught before the lookup. */
function checkChar(body: string): string {
  let factor = 2;
  let sum = 0;
  for (let i = body.length - 1; i >= 0; i--) {
    let addend = factor * ALPHABET.indexOf(body[i]);
    factor = factor === 2 ? 1 : 2;
    addend = Math.floor(addend / ALPHABET.length) + (addend % ALPHABET.length);
    sum += addend;
  }
  return ALPHABET[(ALPHABET.length - (sum % ALPHABET.length)) % ALPHABET.length];
}

export function isWellFormed(code: string): boolean {
  const m = /^[A-Z]{2,4}-([2-9A-Z]{4})-([2-9A-Z]{4})([2-9A-Z])$/.exec(code);
  return m !== null && checkChar(m[1] + m[2]) === m[3];
}

/** An endless sequence of codes for one campaign, `SPR-7KQ2-M9XD4` style. */
export function* voucherCodes(prefix: string): Generator<string, never> {
  const issued = new Set<string>();
  while (true) {
    const body = randomChars(8);
    const code = `${prefix}-${body.slice(0, 4)}-${body.slice(4)}${checkChar(body)}`;
    if (issued.has(code)) continue;
    issued.add(code);
    yield code;
  }
}
