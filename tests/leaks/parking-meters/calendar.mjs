// Dates in the city's time zone (the server runs in UTC; the council reports in local days).
const TZ_OFFSET_MIN = Number(process.env.CITY_TZ_OFFSET_MIN ?? 60);

/** Local midnight of the day `at` falls on, as a Date. */
export function startOfDay(at) {
  const local = new Date(at.getTime() + TZ_OFFSET_MIN * 60_000);
  local.setUTCHours(0, 0, 0, 0);
  return new Date(local.getTime() - TZ_OFFSET_MIN * 60_000);
}

/** YYYY-MM-DD of a local day. */
export function dayLabel(day) {
  return new Date(day.getTime() + TZ_OFFSET_MIN * 60_000).toISOString().slice(0, 10);
}

export function daysAgo(n, from = new Date()) {
  return new Date(startOfDay(from).getTime() - n * 86_400_000);
}
