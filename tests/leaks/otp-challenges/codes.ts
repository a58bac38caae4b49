/** Six-digit one-time codes for e-mail sign-in challenges. */

// App Store / Play review accounts can't read our mail, so their domain gets a fixed code.
const FIXED_CODE_DOMAINS = new Map([["review.example.org", "246810"]]);

export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

export function issueCode(email: string): string {
  const domain = emailKey(email).split("@")[1] ?? "";
  const fixed = FIXED_CODE_DOMAINS.get(domain);
  if (fixed) return fixed;
  const n = crypto.getRandomValues(new Uint32Array(1))[0] % 1_000_000;
  return String(n).padStart(6, "0");
}

export function sameCode(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
