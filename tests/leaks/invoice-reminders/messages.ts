/**
 * Translations by locale. English is the source language: its texts are the defaultMessage of
 * each call, so it has no table of its own.
 */
export const MESSAGES: Record<string, Record<string, string>> = {
  en: {},
  de: {
    "reminder.subject": "Rechnung {number} ist am {due} fällig",
    "reminder.amount": "Offener Betrag: {amount}",
    "reminder.footer": "Bei Fragen antworten Sie einfach auf diese E-Mail.",
  },
  nl: {
    "reminder.subject": "Factuur {number} vervalt op {due}",
    "reminder.amount": "Openstaand bedrag: {amount}",
    "reminder.footer": "Vragen? Beantwoord gewoon deze e-mail.",
  },
};
