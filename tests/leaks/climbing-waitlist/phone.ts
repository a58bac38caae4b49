/** Phone numbers as members type them: "06 1234 5678", "06-12345678", "(020) 555 0101". */
export function normalisePhone(raw: string): string {
  return raw.trim().replace(/[\s().-]/g, "");
}

export function looksLikePhone(raw: string): boolean {
  return /^\+?[\d\s().-]{8,20}$/.test(raw.trim());
}

/** For texts: "06 •••• 5678". */
export function maskPhone(raw: string): string {
  const digits = normalisePhone(raw);
  return `${digits.slice(0, 2)} •••• ${digits.slice(-4)}`;
}
