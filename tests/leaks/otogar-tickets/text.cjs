"use strict";

const LOCALE = "tr-TR";

/**
 * Case folding for Turkish text: "IŞIK" → "ışık", "İZMİR" → "izmir". toLowerCase() would turn
 * the dotless capital I into a dotted i and passengers could not find their own names.
 */
function caseFold(s) {
  return s.toLocaleLowerCase(LOCALE);
}

const lira = new Intl.NumberFormat(LOCALE, { style: "currency", currency: "TRY" });
const departure = new Intl.DateTimeFormat(LOCALE, {
  weekday: "long",
  day: "numeric",
  month: "long",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Europe/Istanbul",
});

function money(amount) {
  return lira.format(amount);
}

function when(ms) {
  return departure.format(ms);
}

module.exports = { caseFold, money, when };
