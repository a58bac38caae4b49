// Currency formatters, one per canonical locale and currency (a handful in practice).

const formatters = new Map<string, Intl.NumberFormat>();

export function formatterFor(locale: string, currency: string): Intl.NumberFormat {
  const [canonical] = Intl.getCanonicalLocales(locale);
  const key = `${canonical}|${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(canonical, { style: "currency", currency });
    formatters.set(key, formatter);
  }
  return formatter;
}
