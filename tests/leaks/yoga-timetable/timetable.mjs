// The recurring weekly timetable: week[day][hour] holds the reservations for the class in that
// slot (day 0 is Sunday, as Date#getUTCDay counts).
export const week = Array.from({ length: 7 }, () => Array.from({ length: 24 }, () => []));

export const CLASSES = {
  2: { 7: "Sunrise flow", 18: "Vinyasa", 20: "Yin" },
  4: { 12: "Lunch stretch", 18: "Ashtanga" },
  6: { 9: "Family yoga", 11: "Hatha" },
};
export const CAPACITY = 18;

export function cellFor(date, hour) {
  return week[new Date(`${date}T00:00:00Z`).getUTCDay()][hour];
}

export function className(date, hour) {
  return CLASSES[new Date(`${date}T00:00:00Z`).getUTCDay()]?.[hour] ?? null;
}

export function roster(date, hour) {
  return cellFor(date, hour).filter((r) => r.date === date && r.status === "booked");
}

export function place(reservation) {
  cellFor(reservation.date, reservation.hour).push(reservation);
}
