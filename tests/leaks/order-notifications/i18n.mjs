import gettext from "./node_modules/gettext-lite/index.js";

const { Translator } = gettext;

const catalogs = {
  nl: {
    "Order confirmed": "Bestelling bevestigd",
    "Thanks {name}, we received order {number}.":
      "Bedankt {name}, we hebben bestelling {number} ontvangen.",
    "Your order has shipped": "Je bestelling is verzonden",
    "Track your parcel with {carrier}: {url}": "Volg je pakket via {carrier}: {url}",
    "Delivery delayed": "Bezorging vertraagd",
    "New expected delivery: {date}": "Nieuwe verwachte bezorgdatum: {date}",
    "{n} item": "{n} artikel",
    "{n} items": "{n} artikelen",
  },
  de: {
    "Order confirmed": "Bestellung bestätigt",
    "Thanks {name}, we received order {number}.":
      "Danke {name}, wir haben Bestellung {number} erhalten.",
    "Your order has shipped": "Deine Bestellung wurde versandt",
    "Track your parcel with {carrier}: {url}": "Verfolge dein Paket mit {carrier}: {url}",
    "Delivery delayed": "Lieferung verzögert",
    "New expected delivery: {date}": "Neues voraussichtliches Lieferdatum: {date}",
    "{n} item": "{n} Artikel",
    "{n} items": "{n} Artikel",
  },
};

export const translator = new Translator({ catalogs, defaultLocale: "en" });

export function localeOf(req) {
  const header = req.headers["accept-language"] ?? "";
  return header.split(",")[0]?.trim() || "en";
}
