"use strict";

class PayoutError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const CITY_RATES = {
  utrecht: { currency: "EUR", perTrip: 3_20, perKm: 85, commission: 0.12 },
  amsterdam: { currency: "EUR", perTrip: 3_60, perKm: 90, commission: 0.12 },
  london: { currency: "GBP", perTrip: 3_00, perKm: 70, commission: 0.15 },
};

const HISTORY = 10;
const couriers = new Map(
  ["c-101", "c-202", "c-303"].map((id) => [id, { id, balances: {}, trips: 0, history: [] }]),
);

function settleTrip(tripId, input, span) {
  const courier = couriers.get(String(input.courierId));
  if (!courier) throw new PayoutError(404, "unknown courier");
  const rates = CITY_RATES[input.city];
  if (!rates) throw new PayoutError(422, `no rates for ${input.city}`);
  const km = Number(input.distanceKm);
  if (!(km > 0 && km < 100)) throw new PayoutError(422, "distanceKm out of range");
  const tip = Math.max(0, Math.round(Number(input.tipCents ?? 0)));
  const gross = rates.perTrip + Math.round(km * rates.perKm);
  const commission = Math.round(gross * rates.commission);
  const net = gross - commission + tip;
  span.set("payout.net", net).set("payout.currency", rates.currency);
  courier.balances[rates.currency] = (courier.balances[rates.currency] ?? 0) + net;
  courier.trips++;
  courier.history.unshift({ tripId, net, currency: rates.currency });
  if (courier.history.length > HISTORY) courier.history.pop();
  return { tripId, courierId: courier.id, currency: rates.currency, gross, commission, tip, net };
}

function earningsOf(courierId) {
  const courier = couriers.get(courierId);
  if (!courier) throw new PayoutError(404, "unknown courier");
  const balances = Object.fromEntries(
    Object.entries(courier.balances).map(([currency, cents]) => [currency, cents / 100]),
  );
  return { courier: courier.id, trips: courier.trips, balances, recent: courier.history };
}

module.exports = { PayoutError, earningsOf, settleTrip };
