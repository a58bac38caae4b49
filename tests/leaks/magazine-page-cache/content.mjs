/** Locales we publish in, each falling back to the next one that has a translation. */
export const FALLBACKS = {
  "fr-CA": ["fr-CA", "fr", "en"],
  fr: ["fr", "en"],
  de: ["de", "en"],
  en: ["en"],
};

export const articles = new Map([
  ["city-gardens", {
    slug: "city-gardens",
    issue: "spring",
    author: "Hélène Roy",
    versions: {
      en: {
        title: "The gardens on the roofs",
        body: "Above the traffic, forty rooftops grow tomatoes, bees and a surprising amount of " +
          "community. We spent a season with the people who tend them.",
      },
      fr: {
        title: "Les jardins sur les toits",
        body:
          "Au-dessus de la circulation, quarante toits font pousser des tomates, des abeilles " +
          "et beaucoup de vie de quartier.",
      },
    },
  }],
  ["night-trains", {
    slug: "night-trains",
    issue: "spring",
    author: "Jonas Weber",
    versions: {
      en: {
        title: "Night trains are back",
        body:
          "Couchettes, sleepers and a dining car at midnight: Europe rediscovers travel by night.",
      },
      de: {
        title: "Die Nachtzüge sind zurück",
        body: "Liegewagen, Schlafwagen und ein Speisewagen um Mitternacht.",
      },
    },
  }],
]);

export function pick(article, locale) {
  for (const l of FALLBACKS[locale] ?? ["en"]) {
    if (article.versions[l]) return { lang: l, ...article.versions[l] };
  }
  return undefined;
}
