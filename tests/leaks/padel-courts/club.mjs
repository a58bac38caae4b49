/** The club: its courts, prices and what is held or booked right now. */

export const club = {
  name: "Padel Club Zuidas",
  courts: [
    { number: 1, kind: "indoor", peakCents: 4800, offPeakCents: 3200 },
    { number: 2, kind: "indoor", peakCents: 4800, offPeakCents: 3200 },
    { number: 3, kind: "panoramic", peakCents: 5600, offPeakCents: 3800 },
    { number: 4, kind: "outdoor", peakCents: 3600, offPeakCents: 2400 },
    { number: 5, kind: "outdoor", peakCents: 3600, offPeakCents: 2400 },
  ],
  booking: {
    /** Slots held while a player pays, by slot. */
    holds: new Map(),
    /** The last bookings made, newest first, for the front desk screen. */
    recent: [],
    revenueCents: 0,
  },
};

/** Slots are numbered half hours since the club opened; courts are open 07:00–23:00. */
export function slotTime(slot) {
  const halfHour = slot % 32;
  const minutes = 7 * 60 + halfHour * 30;
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${minutes % 60 ? "30" : "00"}`;
}

export function findCourt(number) {
  return club.courts.find((c) => c.number === number);
}

export function priceOf(court, slot) {
  const peak = slot % 32 >= 22; // from 18:00
  return peak ? court.peakCents : court.offPeakCents;
}
