/** Money and date formatters, one per locale and currency (Intl's are slow to build). */
const moneyFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

const SUPPORTED = new Set(["nl-NL", "de-DE", "fr-BE", "en-GB", "en-IE"]);

export function localeOf(requested: string | null | undefined): string {
  return requested && SUPPORTED.has(requested) ? requested : "en-GB";
}

export function money(locale: string, currency: string): Intl.NumberFormat {
  const key = `${locale}|${currency}`;
  let format = moneyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: "currency", currency });
    moneyFormats.set(key, format);
  }
  return format;
}

export function longDate(locale: string): Intl.DateTimeFormat {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" });
    dateFormats.set(locale, format);
  }
  return format;
}
