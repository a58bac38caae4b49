const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const LOCALES = new Set(["nl-NL", "en-GB", "de-DE", "fr-FR"]);

/** Returns the problems with a settings patch (empty when it is fine). */
export function validatePatch(patch: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const { bannerText, freeShippingFromCents, supportEmail, checkoutNote, locale } = patch;
  if (bannerText !== undefined && (typeof bannerText !== "string" || bannerText.length > 160)) {
    problems.push("bannerText must be a string of at most 160 characters");
  }
  if (
    freeShippingFromCents !== undefined &&
    (!Number.isInteger(freeShippingFromCents) || (freeShippingFromCents as number) < 0)
  ) {
    problems.push("freeShippingFromCents must be a non-negative integer");
  }
  if (
    supportEmail !== undefined && (typeof supportEmail !== "string" || !EMAIL.test(supportEmail))
  ) {
    problems.push("supportEmail must be an email address");
  }
  if (
    checkoutNote !== undefined && (typeof checkoutNote !== "string" || checkoutNote.length > 500)
  ) {
    problems.push("checkoutNote must be a string of at most 500 characters");
  }
  if (locale !== undefined && !LOCALES.has(String(locale))) {
    problems.push(`locale must be one of ${[...LOCALES].join(", ")}`);
  }
  return problems;
}
