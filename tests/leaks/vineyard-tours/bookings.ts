import { tourRow } from "./tours.ts";

export interface BookingRequest {
  id: string;
  guests: number;
  name: string;
  email: string;
  diet?: string;
}

interface Booking extends BookingRequest {
  tourId: string;
  status: "confirmed" | "cancelled";
  bookedAt: string;
}

const bookings = new Map<string, Booking>();
const cancellations = { total: 0, seatsReleased: 0 };

export function book(tourId: string, req: BookingRequest): Booking | { error: string } {
  const tour = tourRow(tourId);
  if (!tour) return { error: "no such open tour" };
  if (bookings.has(req.id)) return { error: "booking exists" };
  if (tour.seats - tour.booked < req.guests) return { error: "not enough seats" };
  tour.booked += req.guests;
  const booking: Booking = {
    ...req,
    tourId,
    status: "confirmed",
    bookedAt: new Date().toISOString(),
  };
  bookings.set(req.id, booking);
  return booking;
}

/** Cancelled bookings are only counted; the estate's own system keeps the history. */
export function cancel(id: string): Booking | undefined {
  const booking = bookings.get(id);
  if (!booking) return undefined;
  bookings.delete(id);
  booking.status = "cancelled";
  const tour = tourRow(booking.tourId);
  if (tour) tour.booked -= booking.guests;
  cancellations.total++;
  cancellations.seatsReleased += booking.guests;
  return booking;
}

export function bookingStats() {
  return { open: bookings.size, ...cancellations };
}
