// Shipping for a cart: the storefront's flat rate per country (in its own currency), free above
// the threshold (set in euro, so every storefront's threshold moves with the rate), with a
// surcharge for heavy parcels.

const { PriceError, converterFor } = require("./pricing.cjs");

const FREE_FROM_EUR_CENTS = 6000;
const HEAVY_GRAMS = 5000;
const HEAVY_SURCHARGE_EUR_CENTS = 450;

function shippingQuote(tenant, cart, shipTo) {
  const country = String(shipTo?.country ?? "").toUpperCase();
  const flat = tenant.shipping[country];
  if (flat === undefined) throw new PriceError(422, `${tenant.name} does not ship to ${country}`);
  const converter = converterFor(tenant);
  const freeFrom = converter.toLocal(FREE_FROM_EUR_CENTS);
  let cents = cart.subtotal >= freeFrom ? 0 : flat;
  if (cart.weight > HEAVY_GRAMS) cents += converter.toLocal(HEAVY_SURCHARGE_EUR_CENTS);
  return {
    country,
    cents,
    display: converter.format(cents),
    freeFrom: converter.format(freeFrom),
    heavy: cart.weight > HEAVY_GRAMS,
  };
}

module.exports = { shippingQuote };
