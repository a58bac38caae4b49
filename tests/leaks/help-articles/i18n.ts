import i18next from "i18next";
import Backend from "i18next-fs-backend";

export const SUPPORTED = ["en", "fr"];

// One i18next instance for the whole service; translations are read from locales/ at start.
export const i18n = i18next.createInstance();

// Keys missing in some language, with how often readers hit them, for the translators' queue.
export const translatorQueue = new Map<string, number>();

export async function initI18n(): Promise<void> {
  await i18n.use(Backend).init({
    preload: SUPPORTED,
    supportedLngs: SUPPORTED,
    fallbackLng: "en",
    ns: ["articles"],
    defaultNS: "articles",
    interpolation: { escapeValue: false },
    saveMissing: true,
    missingKeyHandler: (lngs: readonly string[], ns: string, key: string) => {
      const id = `${lngs.join(",")}:${ns}:${key}`;
      translatorQueue.set(id, (translatorQueue.get(id) ?? 0) + 1);
    },
    backend: { loadPath: `${import.meta.dirname}/locales/{{lng}}/{{ns}}.json` },
  });
}
