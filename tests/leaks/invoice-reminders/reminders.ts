import { createIntl, createIntlCache, type IntlShape } from "@formatjs/intl";
import { formatInTimeZone } from "date-fns-tz";
import { nanoid } from "nanoid";
import { MESSAGES } from "./messages.ts";

export interface ReminderRequest {
  invoice: string;
  customer: { name: string; email: string; locale?: string; timeZone?: string };
  amountCents: number;
  currency: string;
  dueAt: string;
}

export interface Reminder {
  id: string;
  to: string;
  locale: string;
  subject: string;
  text: string;
  sendAt: string;
}

// One cache for every locale's formatters, as the formatjs docs advise: Intl objects and
// compiled messages are built once and shared.
const intlCache = createIntlCache();
const intls = new Map<string, IntlShape>();

function intlFor(locale: string): IntlShape {
  let intl = intls.get(locale);
  if (!intl) {
    intl = createIntl({
      locale,
      defaultLocale: "en",
      messages: MESSAGES[locale] ?? {},
      onError: (err) => {
        // English has no table and greetings are not translated yet: the default text is fine.
        if (err.code !== "MISSING_TRANSLATION") console.error(err.message);
      },
    }, intlCache);
    intls.set(locale, intl);
  }
  return intl;
}

const outbox: Reminder[] = [];
const OUTBOX_MAX = 30;

export function composeReminder(req: ReminderRequest): Reminder {
  const locale = req.customer.locale && MESSAGES[req.customer.locale] ? req.customer.locale : "en";
  const tz = req.customer.timeZone ?? "Europe/Berlin";
  const intl = intlFor(locale);
  const due = intl.formatDate(new Date(req.dueAt), { dateStyle: "long", timeZone: tz });
  const amount = intl.formatNumber(req.amountCents / 100, {
    style: "currency",
    currency: req.currency,
  });

  const subject = intl.formatMessage(
    { id: "reminder.subject", defaultMessage: "Invoice {number} is due on {due}" },
    { number: req.invoice, due },
  );
  const greeting = intl.formatMessage({
    id: "reminder.greeting",
    defaultMessage: `Dear ${req.customer.name},`,
  });
  const lines = [
    greeting,
    "",
    intl.formatMessage({ id: "reminder.amount", defaultMessage: "Amount due: {amount}" }, {
      amount,
    }),
    "",
    intl.formatMessage({
      id: "reminder.footer",
      defaultMessage: "Questions? Just reply to this email.",
    }),
  ];

  // Reminders go out at 09:00 in the customer's own time zone, the day after composing.
  const tomorrow = new Date(Date.now() + 86_400_000);
  const day = formatInTimeZone(tomorrow, tz, "yyyy-MM-dd");
  const sendAt = formatInTimeZone(new Date(`${day}T09:00:00Z`), tz, "yyyy-MM-dd'T'09:00:00XXX");

  const reminder = {
    id: nanoid(),
    to: req.customer.email,
    locale,
    subject,
    text: lines.join("\n"),
    sendAt,
  };
  outbox.push(reminder);
  if (outbox.length > OUTBOX_MAX) outbox.shift();
  return reminder;
}

export function queuedReminders(): Reminder[] {
  return outbox.slice(-10);
}
