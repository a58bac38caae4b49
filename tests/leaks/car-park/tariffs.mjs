// Hourly tariff with a day cap; the first 15 minutes are free (drop-offs).
const GRACE_MIN = 15;
const PER_HOUR_CENTS = 380;
const DAY_CAP_CENTS = 2900;

export function feeCents(enteredAt, leftAt, permit) {
  const minutes = Math.max(0, Math.ceil((leftAt - enteredAt) / 60_000));
  if (minutes <= GRACE_MIN) return 0;
  const days = Math.floor(minutes / 1440);
  const rest = Math.min(DAY_CAP_CENTS, Math.ceil((minutes % 1440) / 60) * PER_HOUR_CENTS);
  const gross = days * DAY_CAP_CENTS + rest;
  return Math.round(gross * (1 - (permit?.discount ?? 0)));
}
