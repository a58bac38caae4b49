// Message catalogue for reminder and receipt texts, in ICU MessageFormat. Compiling a
// message is the expensive part, so compiled formatters are kept per locale and pattern.
import { IntlMessageFormat } from "intl-messageformat";

export type Locale = "en" | "de" | "fr" | "nl";
export const LOCALES: Locale[] = ["en", "de", "fr", "nl"];

const MESSAGES: Record<Locale, Record<string, string>> = {
  en: {
    greeting: "Hello",
    reminder:
      "your invoice {invoice} of {amount, number, ::currency/EUR} is due {due}. {days, plural, =0 {Please pay today.} one {# day left.} other {# days left.}}",
    receipt: "Thank you! We received {amount, number, ::currency/EUR} on {paidOn}.",
  },
  de: {
    greeting: "Hallo",
    reminder:
      "Ihre Rechnung {invoice} über {amount, number, ::currency/EUR} ist {due} fällig. {days, plural, =0 {Bitte heute zahlen.} one {Noch # Tag.} other {Noch # Tage.}}",
    receipt: "Vielen Dank! Wir haben {amount, number, ::currency/EUR} am {paidOn} erhalten.",
  },
  fr: {
    greeting: "Bonjour",
    reminder:
      "votre facture {invoice} de {amount, number, ::currency/EUR} est due {due}. {days, plural, =0 {Merci de payer aujourd'hui.} one {# jour restant.} other {# jours restants.}}",
    receipt: "Merci ! Nous avons reçu {amount, number, ::currency/EUR} le {paidOn}.",
  },
  nl: {
    greeting: "Hallo",
    reminder:
      "uw factuur {invoice} van {amount, number, ::currency/EUR} vervalt {due}. {days, plural, =0 {Betaal vandaag.} one {Nog # dag.} other {Nog # dagen.}}",
    receipt: "Bedankt! We hebben {amount, number, ::currency/EUR} ontvangen op {paidOn}.",
  },
};

export class MessageCatalog {
  #compiled = new Map<string, IntlMessageFormat>();
  #hits = 0;

  #formatter(locale: Locale, pattern: string): IntlMessageFormat {
    const cacheKey = `${locale}\u0000${pattern}`;
    let fmt = this.#compiled.get(cacheKey);
    if (fmt) {
      this.#hits++;
      return fmt;
    }
    fmt = new IntlMessageFormat(pattern, locale);
    this.#compiled.set(cacheKey, fmt);
    return fmt;
  }

  text(locale: Locale, key: string, values: Record<string, string | number>): string {
    return String(this.#formatter(locale, MESSAGES[locale][key]).format(values));
  }

  /** The reminder opens with a personal greeting ("Hello Ada Lovelace, your invoice …"). */
  reminder(locale: Locale, name: string, values: Record<string, string | number>): string {
    const pattern = `${MESSAGES[locale].greeting} ${name}, ${MESSAGES[locale].reminder}`;
    return String(this.#formatter(locale, pattern).format(values));
  }

  stats() {
    return { compiled: this.#compiled.size, hits: this.#hits };
  }
}
