// One Intl.NumberFormat per market, memoized on (currency, locale) only.
const formatters = new Map();

function formatterFor(currency, locale) {
  const key = `${locale}:${currency}`;
  let nf = formatters.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat(locale, { style: "currency", currency });
    formatters.set(key, nf);
  }
  return nf;
}

export const money = (cents, currency, locale) =>
  formatterFor(currency, locale).format(cents / 100);
