import { bandOf, EXTRAS, FLEET } from "./fleet.mjs";

/** Formatters by locale and currency (a handful: the brokers' locales times two currencies). */
const formatters = new Map();

function money(locale, currency) {
  const key = `${locale}|${currency}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { style: "currency", currency });
    formatters.set(key, f);
  }
  return f;
}

/** A breakdown is computed once per enquiry object and goes with it. */
const breakdowns = new WeakMap();

export function breakdown(enquiry) {
  let b = breakdowns.get(enquiry);
  if (b) return b;
  const yacht = FLEET.get(enquiry.yacht);
  const weeks = enquiry.nights / 7;
  const charter = yacht.weekly[bandOf(enquiry.from)] * weeks;
  const extras = enquiry.extras.map((x) => ({
    label: EXTRAS[x]?.label ?? x,
    amount: (EXTRAS[x]?.perWeek ?? 0) * weeks,
  }));
  const subtotal = charter + extras.reduce((s, x) => s + x.amount, 0);
  const apa = Math.round(charter * 0.25);
  b = {
    charter,
    extras,
    subtotal,
    apa,
    deposit: Math.round(subtotal * 0.5),
    total: subtotal + apa,
  };
  breakdowns.set(enquiry, b);
  return b;
}

export function formatted(enquiry) {
  const b = breakdown(enquiry);
  const f = money(enquiry.locale, FLEET.get(enquiry.yacht).currency);
  return {
    charter: f.format(b.charter),
    extras: b.extras.map((x) => ({ label: x.label, amount: f.format(x.amount) })),
    apa: f.format(b.apa),
    deposit: f.format(b.deposit),
    total: f.format(b.total),
  };
}
