// Message catalogs, loaded once at start-up and kept for the life of the process.

export const catalogs = {
  en: {
    locale: "en-GB",
    messages: {
      "reminder.subject": "Reminder: invoice {invoice} is {days} days overdue",
      "reminder.body":
        "Dear {name},\n\nOur records show that invoice {invoice} of {amount} is still open. " +
        "Please pay within 14 days to avoid a late fee. If you have already paid, you can " +
        "ignore this message.\n\nKind regards,\nAccounts receivable",
      "receipt.subject": "Thanks for your payment of {amount}",
    },
  },
  nl: {
    locale: "nl-NL",
    messages: {
      "reminder.subject": "Herinnering: factuur {invoice} is {days} dagen te laat",
      "reminder.body":
        "Beste {name},\n\nVolgens onze administratie staat factuur {invoice} van {amount} " +
        "nog open. Betaal binnen 14 dagen om een boete te voorkomen.\n\nMet vriendelijke groet,\n" +
        "Debiteurenbeheer",
      "receipt.subject": "Bedankt voor uw betaling van {amount}",
    },
  },
};
