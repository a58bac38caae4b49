import { catalogs } from "./catalogs.mjs";
import { formatMessage } from "./format.mjs";

const DAY_MS = 24 * 60 * 60 * 1000;

export function renderReminder({ invoice, name, amountCents, currency, dueDate, lang }) {
  const catalog = catalogs[lang] ?? catalogs.en;
  const money = new Intl.NumberFormat(catalog.locale, { style: "currency", currency });
  const days = Math.max(1, Math.round((Date.now() - Date.parse(dueDate)) / DAY_MS));
  const params = { invoice, name, days, amount: money.format(amountCents / 100) };
  return {
    to: name,
    subject: formatMessage(catalog, "reminder.subject", params),
    body: formatMessage(catalog, "reminder.body", params),
  };
}
