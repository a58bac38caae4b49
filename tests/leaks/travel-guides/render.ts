import type { City, Place } from "./places.ts";

const LABELS = {
  lisboa: {
    hours: "Horário",
    tips: "Dicas da redação",
    price: "Preço",
    back: "Voltar ao guia",
    about: "Sobre este lugar",
    nearby: "Perto daqui",
    walk: "min a pé",
  },
  krakow: {
    hours: "Godziny otwarcia",
    tips: "Porady redakcji",
    price: "Ceny",
    back: "Wróć do przewodnika",
    about: "O tym miejscu",
    nearby: "W pobliżu",
    walk: "min pieszo",
  },
} as Record<string, Record<string, string>>;

export function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );
}

function stars(rating: number): string {
  return "★".repeat(rating) + "☆".repeat(5 - rating);
}

function layout(title: string, city: City, main: string): string {
  return `<!doctype html>
<html lang="${city.slug === "krakow" ? "pl" : "pt"}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(title)} · ${escapeHtml(city.name)} · Wanderbook</title>
  <link rel="stylesheet" href="/static/guide.css">
  <link rel="canonical" href="https://wanderbook.example/guides/${city.slug}">
</head>
<body>
  <header class="masthead">
    <a class="brand" href="/">Wanderbook</a>
    <nav>${
    city.neighbourhoods.map((n) =>
      `<a href="/guides/${city.slug}?bairro=${encodeURIComponent(n)}">${escapeHtml(n)}</a>`
    ).join(" · ")
  }</nav>
  </header>
  <main>${main}</main>
  <footer>© Wanderbook — ${escapeHtml(city.name)}, ${
    escapeHtml(city.country)
  } · “Viajar é trocar a roupa da alma”</footer>
</body>
</html>`;
}

function structuredData(place: Place): string {
  const data = {
    "@context": "https://schema.org",
    "@type": "TouristAttraction",
    name: place.name,
    description: [place.summary, ...place.description].join(" "),
    address: {
      "@type": "PostalAddress",
      addressLocality: place.city.name,
      addressCountry: place.city.country,
    },
    aggregateRating: { "@type": "AggregateRating", ratingValue: place.rating, bestRating: 5 },
    openingHours: place.openingHours,
    isAccessibleForFree: place.priceLevel === 1,
    containedInPlace: { "@type": "Place", name: `${place.neighbourhood}, ${place.city.name}` },
    sameAs: place.nearby.map((n) =>
      `https://wanderbook.example/guides/${place.city.slug}/places/${n.id}`
    ),
  };
  return `<script type="application/ld+json">${
    JSON.stringify(data).replace(/</g, "\\u003c")
  }</script>`;
}

export function renderPlace(place: Place): string {
  const l = LABELS[place.city.slug];
  const main = `
    ${structuredData(place)}
    <article class="place">
      <p class="crumbs"><a href="/guides/${place.city.slug}">${escapeHtml(place.city.name)}</a> › ${
    escapeHtml(place.neighbourhood)
  } › ${escapeHtml(place.kind)}</p>
      <h1>${escapeHtml(place.name)}</h1>
      <p class="rating" aria-label="${place.rating}/5">${stars(place.rating)} · ${l.price}: ${
    place.city.currency.repeat(place.priceLevel)
  }</p>
      <p class="summary">${escapeHtml(place.summary)}</p>
      <section class="about"><h2>${l.about}</h2>${
    place.description.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n")
  }</section>
      <section><h2>${l.hours}</h2><ul>${
    place.openingHours.map((h) => `<li>${escapeHtml(h)}</li>`).join("")
  }</ul></section>
      <section><h2>${l.tips}</h2><ul>${
    place.tips.map((t) => `<li>${escapeHtml(t)}</li>`).join("")
  }</ul></section>
      <section class="nearby"><h2>${l.nearby}</h2><ol>${
    place.nearby.map((n) =>
      `<li><a href="/guides/${place.city.slug}/places/${n.id}">${escapeHtml(n.name)}</a> · ${
        escapeHtml(n.kind)
      } · ${n.walkMinutes} ${l.walk}</li>`
    ).join("\n")
  }</ol></section>
      <p><a href="/guides/${place.city.slug}">← ${l.back}</a></p>
    </article>`;
  return layout(place.name, place.city, main);
}

export function renderCity(city: City): string {
  const main = `
    <section class="city">
      <h1>${escapeHtml(city.name)}</h1>
      <p class="intro">${escapeHtml(city.intro)}</p>
      <ul class="tips">${city.tips.map((t) => `<li>${escapeHtml(t)}</li>`).join("")}</ul>
      <ul class="kinds">${city.kinds.map((k) => `<li>${escapeHtml(k)}</li>`).join("")}</ul>
    </section>`;
  return layout(city.name, city, main);
}
