// City tariffs and the fare breakdown shown on the receipt. Amounts are in cents.

export class FareError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const TARIFFS = {
  amsterdam: {
    currency: "EUR",
    base: 3_19,
    perKm: 2_35,
    perMinute: 34,
    minimum: 8_00,
    bookingFee: 1_00,
  },
  rotterdam: {
    currency: "EUR",
    base: 2_95,
    perKm: 2_10,
    perMinute: 30,
    minimum: 7_50,
    bookingFee: 1_00,
  },
  london: { currency: "GBP", base: 2_50, perKm: 1_25, perMinute: 15, minimum: 6_00, bookingFee: 0 },
};

const formatters = new Map();

function money(cents, currency) {
  let format = formatters.get(currency);
  if (!format) {
    format = new Intl.NumberFormat("en-GB", { style: "currency", currency });
    formatters.set(currency, format);
  }
  return format.format(cents / 100);
}

/** Peak hours cost more: weekday rush hours and Friday/Saturday nights. */
function surgeAt(date) {
  const hour = date.getHours();
  const day = date.getDay();
  if (day >= 1 && day <= 5 && ((hour >= 7 && hour < 9) || (hour >= 17 && hour < 19))) return 1.3;
  if ((day === 5 || day === 6) && (hour >= 23 || hour < 3)) return 1.5;
  return 1;
}

export function computeFare(trip, endedAt = new Date()) {
  const tariff = TARIFFS[trip.city];
  if (!tariff) throw new FareError(422, `we do not operate in ${trip.city}`);
  const km = Number(trip.distanceKm);
  const minutes = Number(trip.durationMin);
  if (!(km >= 0 && km < 500) || !(minutes >= 0 && minutes < 600)) {
    throw new FareError(422, "distance or duration out of range");
  }
  const surge = surgeAt(endedAt);
  const distance = Math.round(km * tariff.perKm);
  const time = Math.round(minutes * tariff.perMinute);
  const metered = Math.round((tariff.base + distance + time) * surge);
  const fare = Math.max(tariff.minimum, metered);
  const tip = Math.max(0, Math.round(Number(trip.tip ?? 0) * 100));
  const total = fare + tariff.bookingFee + tip;
  const lines = [
    ["Base fare", tariff.base],
    [`Distance (${km.toFixed(1)} km)`, distance],
    [`Time (${Math.round(minutes)} min)`, time],
  ];
  if (surge > 1) lines.push([`Busy times ×${surge}`, metered - (tariff.base + distance + time)]);
  if (fare > metered) lines.push(["Minimum fare", fare - metered]);
  if (tariff.bookingFee) lines.push(["Booking fee", tariff.bookingFee]);
  if (tip) lines.push(["Tip", tip]);
  return {
    currency: tariff.currency,
    total,
    lines: lines.map(([label, cents]) => ({ label, amount: money(cents, tariff.currency) })),
    totalText: money(total, tariff.currency),
  };
}
