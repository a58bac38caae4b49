"use strict";

/** The rate card (prices per skip size, permit fees, landfill tax), reloadable at runtime. */
const rateCard = {
  version: 1,
  sizes: { "4yd": 190, "6yd": 225, "8yd": 260, "12yd": 340 },
  roadPermit: { "BS": 45, "BA": 38, "GL": 52 },
  landfillPerTonne: 126.15,
  includedKg: { "4yd": 1000, "6yd": 1500, "8yd": 2000, "12yd": 2500 },
  vat: 0.2,
};

class RateCardUser {
  static #users = new Set();

  constructor() {
    if (new.target === RateCardUser) throw new TypeError("RateCardUser is abstract");
    this.rates = rateCard;
    RateCardUser.#users.add(this);
  }

  ratesChanged() {}

  dispose() {
    RateCardUser.#users.delete(this);
  }

  static reload(patch) {
    Object.assign(rateCard, patch, { version: rateCard.version + 1 });
    for (const u of RateCardUser.#users) u.ratesChanged();
  }

  static get users() {
    return RateCardUser.#users.size;
  }
}

/** VAT and rounding, shared by quotes and invoices. */
const WithVat = (Base) =>
  class extends Base {
    money(n) {
      return Math.round(n * 100) / 100;
    }

    withVat(net) {
      const vat = this.money(net * this.rates.vat);
      return { net: this.money(net), vat, gross: this.money(net + vat) };
    }
  };

module.exports = { RateCardUser, WithVat, rateCard };
