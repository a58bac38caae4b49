/**
 * `Intl.DateTimeFormat` is expensive to construct, so formatters are made once per
 * locale/time zone/style and reused.
 */

export type Style = "short" | "medium" | "long" | "full";

export interface FormatRequest {
  locale: string;
  timeZone: string;
  style: Style;
  at: Date;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor({ locale, timeZone, style, at }: FormatRequest): Intl.DateTimeFormat {
  // The offset is part of the key so DST changes give a fresh formatter.
  const key = `${locale}|${timeZone}|${style}|${at.getTimezoneOffset()}|${at.toISOString()}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { dateStyle: style, timeStyle: "short", timeZone });
    formatters.set(key, formatter);
  }
  return formatter;
}

export function formatWhen(req: FormatRequest): string {
  return formatterFor(req).format(req.at);
}

export function formatRange(req: FormatRequest, end: Date): string {
  return formatterFor(req).formatRange(req.at, end);
}
