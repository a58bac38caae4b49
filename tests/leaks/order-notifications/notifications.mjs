import { translator } from "./i18n.mjs";

const outbox = [];
const OUTBOX_LIMIT = 100;

function formatDate(iso, locale) {
  return new Intl.DateTimeFormat(locale, { weekday: "long", day: "numeric", month: "long" })
    .format(new Date(iso));
}

function queue(message) {
  outbox.push(message);
  if (outbox.length > OUTBOX_LIMIT) outbox.splice(0, outbox.length - OUTBOX_LIMIT);
  return message;
}

export function recentOutbox(limit) {
  return outbox.slice(-limit);
}

export function orderConfirmed(order, locale) {
  const { _, n_ } = translator.forLocale(locale);
  return queue({
    to: order.email,
    subject: _("Order confirmed"),
    body: [
      _("Thanks {name}, we received order {number}.", {
        name: order.firstName,
        number: order.number,
      }),
      n_("{n} item", "{n} items", order.items.length),
    ].join("\n"),
  });
}

export function orderShipped(order, shipment, locale) {
  const { _ } = translator.forLocale(locale);
  return queue({
    to: order.email,
    subject: _("Your order has shipped"),
    body: [
      _("Track your parcel with {carrier}: {url}", {
        carrier: shipment.carrier,
        url: shipment.trackingUrl,
      }),
      // Added for the returns pilot; copy still needs to go through the translators.
      _(`Need to return something? Use code ${order.number}-R at any ${shipment.carrier} point.`),
    ].join("\n"),
  });
}

export function deliveryDelayed(order, newDate, locale) {
  const { _ } = translator.forLocale(locale);
  return queue({
    to: order.email,
    subject: _("Delivery delayed"),
    body: _("New expected delivery: {date}", { date: formatDate(newDate, locale) }),
  });
}
