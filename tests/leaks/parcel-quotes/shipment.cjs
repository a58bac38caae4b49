"use strict";

class QuoteError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const COUNTRIES = new Set(["NL", "BE", "DE", "FR", "LU"]);
const SERVICES = new Set(["standard", "express", "evening"]);

function address(raw, label) {
  if (!raw || typeof raw !== "object") throw new QuoteError(422, `${label} address is required`);
  const country = String(raw.country ?? "").toUpperCase();
  if (!COUNTRIES.has(country)) throw new QuoteError(422, `we do not ship ${label} ${country}`);
  const postcode = String(raw.postcode ?? "").trim();
  if (!postcode) throw new QuoteError(422, `${label} postcode is required`);
  return { country, postcode, city: raw.city ? String(raw.city) : null };
}

class Shipment {
  constructor(body) {
    this.from = address(body.from, "from");
    this.to = address(body.to, "to");
    this.service = SERVICES.has(body.service) ? body.service : "standard";
    const parcels = Array.isArray(body.parcels) ? body.parcels : [];
    if (parcels.length === 0 || parcels.length > 10) {
      throw new QuoteError(422, "between 1 and 10 parcels");
    }
    this.parcels = parcels.map((p) => {
      const weightGrams = Number(p?.weightGrams);
      if (!Number.isInteger(weightGrams) || weightGrams < 1 || weightGrams > 31_500) {
        throw new QuoteError(422, "weightGrams must be 1..31500");
      }
      const dims = [p.lengthCm, p.widthCm, p.heightCm].map((d) => Number(d) || 10);
      return { weightGrams, lengthCm: dims[0], widthCm: dims[1], heightCm: dims[2] };
    });
    this.reference = body.reference ? String(body.reference).slice(0, 40) : null;
  }

  get totalWeight() {
    return this.parcels.reduce((sum, p) => sum + p.weightGrams, 0);
  }

  /** Volumetric weight in grams (carriers charge the larger of real and volumetric). */
  get volumetricWeight() {
    return this.parcels.reduce(
      (sum, p) => sum + Math.round((p.lengthCm * p.widthCm * p.heightCm) / 5),
      0,
    );
  }

  get domestic() {
    return this.from.country === this.to.country;
  }

  /** Identifies the quote: two shipments with the same key get the same rates. */
  get key() {
    const lanes =
      `${this.from.country}:${this.from.postcode}>${this.to.country}:${this.to.postcode}`;
    const sizes = this.parcels.map((p) =>
      `${p.weightGrams}g${p.lengthCm}x${p.widthCm}x${p.heightCm}`
    );
    return `${this.service}|${lanes}|${sizes.join(",")}`;
  }
}

module.exports = { QuoteError, Shipment };
