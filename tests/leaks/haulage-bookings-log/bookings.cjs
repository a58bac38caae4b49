"use strict";

class BookingError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const VEHICLES = {
  "7.5t": { maxKg: 2500, rate: 1.65 },
  "18t": { maxKg: 9000, rate: 2.1 },
  "44t": { maxKg: 26000, rate: 2.85 },
};

const open = new Map();
/** Delivered bookings, newest first; the planners' board shows the last 40. */
const delivered = [];
const BOARD_SIZE = 40;

function quote(booking) {
  const v = VEHICLES[booking.vehicle];
  return Math.round((85 + booking.distanceKm * v.rate) * 100) / 100;
}

function createBooking(input, log) {
  const blog = log.child({ booking: input.id, customer: input.customer });
  try {
    const vehicle = VEHICLES[input.vehicle];
    if (!vehicle) throw new BookingError(422, `no ${input.vehicle} vehicles`);
    if (input.weightKg > vehicle.maxKg) {
      blog.warn("load over vehicle limit", { weightKg: input.weightKg, maxKg: vehicle.maxKg });
      throw new BookingError(422, "load is over the vehicle limit");
    }
    if (open.has(input.id)) throw new BookingError(409, `${input.id} already booked`);
    const booking = {
      id: input.id,
      customer: input.customer,
      collection: input.collection,
      delivery: input.delivery,
      vehicle: input.vehicle,
      weightKg: input.weightKg,
      distanceKm: input.distanceKm,
      status: "booked",
      driver: null,
      price: 0,
    };
    booking.price = quote(booking);
    open.set(booking.id, booking);
    blog.info("booking created", { price: booking.price, vehicle: booking.vehicle });
    return booking;
  } finally {
    blog.release();
  }
}

function updateBooking(id, changes, log) {
  const booking = open.get(id);
  if (!booking) throw new BookingError(404, `no open booking ${id}`);
  const blog = log.child({ booking: id, customer: booking.customer });
  try {
    if (changes.driver !== undefined) {
      booking.driver = changes.driver;
      booking.status = "assigned";
      blog.info("driver assigned", { driver: changes.driver });
    }
    if (changes.collectionWindow) {
      booking.collection = { ...booking.collection, window: changes.collectionWindow };
      blog.info("collection window moved", { window: changes.collectionWindow });
    }
    return booking;
  } finally {
    blog.release();
  }
}

function markDelivered(id, pod, log) {
  const booking = open.get(id);
  if (!booking) throw new BookingError(404, `no open booking ${id}`);
  open.delete(id);
  delivered.unshift({ id, customer: booking.customer, signedBy: pod.signedBy, at: Date.now() });
  if (delivered.length > BOARD_SIZE) delivered.length = BOARD_SIZE;
  log.info("delivered", { booking: id, signedBy: pod.signedBy });
  return { id, status: "delivered" };
}

function board() {
  return { open: open.size, delivered: delivered.slice(0, 10) };
}

module.exports = { BookingError, board, createBooking, markDelivered, updateBooking };
