// Currency formatting for the fare pages. Building an Intl.NumberFormat is slow (it loads the
// locale's data), so formatters are pooled and handed back after a page is rendered.

const idleFormatters: Intl.NumberFormat[] = [];
const stats = { created: 0, reused: 0 };

export function acquireFormatter(locale: string, currency: string): Intl.NumberFormat {
  const at = idleFormatters.findIndex((formatter) => {
    const options = formatter.resolvedOptions();
    return options.locale === locale && options.currency === currency;
  });
  if (at !== -1) {
    stats.reused++;
    return idleFormatters.splice(at, 1)[0];
  }
  stats.created++;
  return new Intl.NumberFormat(locale, {
    style: "currency",
    currency,
    minimumFractionDigits: 2,
  });
}

export function releaseFormatter(formatter: Intl.NumberFormat) {
  idleFormatters.push(formatter);
}

/** Formats with a pooled formatter for the span of fn. */
export function withFormatter<T>(
  locale: string,
  currency: string,
  fn: (format: (cents: number) => string) => T,
): T {
  const formatter = acquireFormatter(locale, currency);
  try {
    return fn((cents) => formatter.format(cents / 100));
  } finally {
    releaseFormatter(formatter);
  }
}

export function formatterStats() {
  return { idle: idleFormatters.length, ...stats };
}
