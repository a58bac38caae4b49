// Shipping rates from a shop's zones. A country can be in more than one zone (a "Europe" zone
// and a "Germany" zone): the zone listed later wins, so merchants add specific zones after the
// general ones.

export class RateError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export function zoneFor(shipping, country) {
  return shipping.zones.findLast((zone) => zone.countries.includes(country)) ?? null;
}

export function quote(shop, { country, grams, cartCents }) {
  const zone = zoneFor(shop.shipping, country);
  if (!zone) throw new RateError(422, `${shop.name} does not ship to ${country}`);
  const tier = zone.tiers.find((t) => grams <= t.upToGrams);
  if (!tier) throw new RateError(422, `parcels over ${zone.tiers.at(-1).upToGrams} g need a quote`);
  const free = shop.shipping.freeShippingOverCents != null &&
    cartCents >= shop.shipping.freeShippingOverCents;
  return {
    zone: zone.id,
    carrier: zone.carrier,
    priceCents: free ? 0 : tier.priceCents,
    currency: shop.currency,
    freeShipping: free,
    dispatchDays: shop.shipping.handlingDays,
  };
}

/** Validates the settings form before it is saved. */
export function validateShipping(form) {
  if (!form || typeof form !== "object") throw new RateError(400, "settings must be an object");
  if (
    form.handlingDays != null && !(Number.isInteger(form.handlingDays) && form.handlingDays >= 0)
  ) {
    throw new RateError(422, "handlingDays must be a whole number of days");
  }
  for (const zone of form.zones ?? []) {
    if (!zone.id || !Array.isArray(zone.countries) || zone.countries.length === 0) {
      throw new RateError(422, "every zone needs an id and at least one country");
    }
    if (!Array.isArray(zone.tiers) || zone.tiers.length === 0) {
      throw new RateError(422, `zone ${zone.id} needs at least one weight tier`);
    }
    for (let i = 1; i < zone.tiers.length; i++) {
      if (zone.tiers[i].upToGrams <= zone.tiers[i - 1].upToGrams) {
        throw new RateError(422, `zone ${zone.id}: tiers must go up in weight`);
      }
    }
  }
  return form;
}
