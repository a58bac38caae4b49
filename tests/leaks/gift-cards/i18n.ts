/**
 * Customer-facing messages are written with the `t` tag in English; the tag looks the template
 * up in the locale's catalogue once per call site (the strings array is the call site's) and
 * fills in the values.
 */

type Locale = "en" | "nl" | "de";

const CATALOGUE: Record<Exclude<Locale, "en">, Record<string, string>> = {
  nl: {
    "Card {0} has {1} left": "Kaart {0} heeft nog {1} tegoed",
    "Card {0} has been blocked": "Kaart {0} is geblokkeerd",
    "Insufficient balance on card {0}: {1} available":
      "Onvoldoende tegoed op kaart {0}: {1} beschikbaar",
    "{0} added to card {1}": "{0} toegevoegd aan kaart {1}",
  },
  de: {
    "Card {0} has {1} left": "Karte {0} hat noch {1} Guthaben",
    "Card {0} has been blocked": "Karte {0} wurde gesperrt",
    "Insufficient balance on card {0}: {1} available":
      "Zu wenig Guthaben auf Karte {0}: {1} verfügbar",
    "{0} added to card {1}": "{0} zur Karte {1} hinzugefügt",
  },
};

interface Compiled {
  key: string;
  byLocale: Map<Locale, string[]>;
}

const compiled = new WeakMap<TemplateStringsArray, Compiled>();

function compile(strings: TemplateStringsArray): Compiled {
  let entry = compiled.get(strings);
  if (!entry) {
    const key = strings.reduce((acc, part, i) => acc + (i ? `{${i - 1}}` : "") + part, "");
    entry = { key, byLocale: new Map() };
    compiled.set(strings, entry);
  }
  return entry;
}

function partsFor(entry: Compiled, locale: Locale): string[] {
  let parts = entry.byLocale.get(locale);
  if (!parts) {
    const translated = locale === "en" ? entry.key : CATALOGUE[locale][entry.key] ?? entry.key;
    parts = translated.split(/\{\d+\}/);
    entry.byLocale.set(locale, parts);
  }
  return parts;
}

export function translator(locale: string) {
  const lang: Locale = locale === "nl" || locale === "de" ? locale : "en";
  return (strings: TemplateStringsArray, ...values: unknown[]): string => {
    const parts = partsFor(compile(strings), lang);
    return parts.reduce((acc, part, i) => acc + (i ? String(values[i - 1]) : "") + part, "");
  };
}

export function pickLocale(header: string | null): string {
  const first = header?.split(",")[0]?.trim().slice(0, 2).toLowerCase();
  return first ?? "en";
}
