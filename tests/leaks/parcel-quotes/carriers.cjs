"use strict";

// Rate adapters for the carriers we contract with. Each carrier API wants the postcodes in its
// own canonical form and rejects the request otherwise, so the shipment's addresses are
// normalised once before the carriers are asked (the label step later reuses the same form).

const { QuoteError } = require("./shipment.cjs");
const { normalizePostcode, region } = require("./postcodes.cjs");

function simulateLatency(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function chargeableKg(shipment) {
  return Math.ceil(Math.max(shipment.totalWeight, shipment.volumetricWeight) / 1000);
}

const CARRIERS = [
  {
    code: "postnl",
    name: "PostNL",
    serves: (s) => s.from.country === "NL",
    async rate(s) {
      await simulateLatency(2);
      const base = s.domestic ? 695 : 1395;
      const perKg = s.domestic ? 45 : 120;
      const surcharge = s.service === "evening" ? 150 : s.service === "express" ? 495 : 0;
      return {
        amount: base + perKg * chargeableKg(s) + surcharge,
        transitDays: s.domestic ? 1 : 3,
      };
    },
  },
  {
    code: "dhl",
    name: "DHL Parcel",
    serves: () => true,
    async rate(s) {
      await simulateLatency(3);
      const zone = s.domestic ? 0 : 1 + (region(s.to.country, s.to.postcode) % 3);
      const amount = 745 + zone * 310 + 52 * chargeableKg(s) + (s.service === "express" ? 650 : 0);
      return { amount, transitDays: s.domestic ? 1 : 2 + zone };
    },
  },
  {
    code: "dpd",
    name: "DPD",
    serves: (s) => s.service !== "evening",
    async rate(s) {
      await simulateLatency(2);
      return { amount: 820 + 38 * chargeableKg(s), transitDays: s.domestic ? 2 : 3 };
    },
  },
];

// Carriers publish their status (maintenance windows, suspended lanes); it is refreshed at
// most once a minute.
const STATUS_TTL_MS = 60_000;
const carrierStatus = { checkedAt: 0, up: new Set() };

async function readCarrierStatus() {
  if (Date.now() - carrierStatus.checkedAt > STATUS_TTL_MS) {
    await simulateLatency(1);
    carrierStatus.up = new Set(CARRIERS.map((c) => c.code));
    carrierStatus.checkedAt = Date.now();
  }
  return carrierStatus.up;
}

function prepareAddresses(shipment) {
  for (const [label, addr] of [["from", shipment.from], ["to", shipment.to]]) {
    const canonical = normalizePostcode(addr.country, addr.postcode);
    if (!canonical) throw new QuoteError(422, `${label} postcode ${addr.postcode} is not valid`);
    addr.postcode = canonical;
  }
}

async function fetchRates(shipment) {
  const up = await readCarrierStatus();
  const carriers = CARRIERS.filter((c) => up.has(c.code) && c.serves(shipment));
  if (carriers.length === 0) throw new QuoteError(503, "no carrier available for this shipment");
  prepareAddresses(shipment);
  const offers = await Promise.all(
    carriers.map(async (carrier) => {
      try {
        const rate = await carrier.rate(shipment);
        return { carrier: carrier.code, name: carrier.name, service: shipment.service, ...rate };
      } catch (err) {
        return { carrier: carrier.code, name: carrier.name, error: String(err) };
      }
    }),
  );
  return {
    lane: `${shipment.from.country}-${shipment.to.country}`,
    chargeableKg: chargeableKg(shipment),
    offers: offers.sort((a, b) => (a.amount ?? Infinity) - (b.amount ?? Infinity)),
    quotedAt: new Date().toISOString(),
  };
}

module.exports = { fetchRates };
