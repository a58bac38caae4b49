"use strict";

const COPY = {
  nl: { from: "vanaf", soldOut: "Uitverkocht", few: "Laatste kaarten", buy: "Tickets" },
  en: { from: "from", soldOut: "Sold out", few: "Last tickets", buy: "Tickets" },
};

const escape = (s) =>
  String(s).replace(
    /[&<>"]/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c],
  );

function price(cents, lang) {
  return new Intl.NumberFormat(lang === "nl" ? "nl-NL" : "en-GB", {
    style: "currency",
    currency: "EUR",
  }).format(cents / 100);
}

function eventCard(event, lang) {
  const t = COPY[lang] ?? COPY.en;
  const date = new Date(event.startsAt).toLocaleDateString(lang === "nl" ? "nl-NL" : "en-GB", {
    weekday: "short",
    day: "numeric",
    month: "short",
  });
  const badge = event.remaining === 0
    ? `<span class="badge sold-out">${t.soldOut}</span>`
    : event.remaining < 100
    ? `<span class="badge few">${t.few}</span>`
    : "";
  return `<article class="event-card" data-event="${escape(event.id)}">
  <h3>${escape(event.artist)}</h3>
  <p class="tour">${escape(event.tour)}</p>
  <p class="where">${escape(event.venue.name)}, ${escape(event.venue.city)} · ${date}</p>
  ${badge}
  <a class="buy" href="/events/${escape(event.id)}/tickets">${t.buy} ${t.from} ${
    price(event.priceCents, lang)
  }</a>
</article>`;
}

function eventList(city, events, lang) {
  return `<section class="events" data-city="${escape(city)}">\n${
    events.map((e) => eventCard(e, lang)).join("\n")
  }\n</section>`;
}

module.exports = { eventCard, eventList };
