"use strict";

/**
 * Time labels for the booking sheet and the tablets. formatToParts() is slow enough to show in
 * a profile of the sheet (every quarter hour of every table, redrawn on every screen in the
 * hall), so the parts are memoised by locale and instant; the sheet only ever asks for quarter
 * hours.
 */
const formatters = new Map();
const partsMemo = new Map();

function formatterFor(locale) {
  let f = formatters.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, {
      weekday: "short",
      day: "numeric",
      month: "short",
      hour: "2-digit",
      minute: "2-digit",
      timeZone: "Europe/London",
    });
    formatters.set(locale, f);
  }
  return f;
}

function labelParts(locale, instant) {
  const ms = typeof instant === "number" ? instant : instant.getTime();
  const key = `${locale}|${ms}`;
  let parts = partsMemo.get(key);
  if (!parts) {
    parts = formatterFor(locale).formatToParts(ms);
    partsMemo.set(key, parts);
  }
  return parts;
}

function label(locale, instant) {
  return labelParts(locale, instant).map((p) => p.value).join("");
}

/** "19:15" alone, for the sheet's rows. */
function timeOnly(locale, instant) {
  return labelParts(locale, instant)
    .filter((p) => p.type === "hour" || p.type === "minute" || p.type === "literal")
    .slice(-3)
    .map((p) => p.value)
    .join("");
}

module.exports = { label, timeOnly };
