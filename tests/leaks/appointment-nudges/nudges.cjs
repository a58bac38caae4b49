"use strict";

const { DelayQueue } = require("./delay-queue.cjs");
const { sendSms } = require("./sms.cjs");

const DAY = 24 * 60 * 60 * 1000;
const queue = new DelayQueue();
const appointments = new Map();
const counters = { booked: 0, cancelled: 0, delivered: 0 };

class BookingError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

function when(iso) {
  return new Date(iso).toLocaleString("en-GB", {
    weekday: "long",
    day: "numeric",
    month: "long",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "Europe/London",
  });
}

function book(body) {
  if (!body.id || !body.startsAt || !body.patient?.mobile) {
    throw new BookingError(400, "id, startsAt and patient.mobile are required");
  }
  if (appointments.has(body.id)) throw new BookingError(409, "appointment exists");
  const startsAt = Date.parse(body.startsAt);
  if (Number.isNaN(startsAt)) throw new BookingError(400, "bad startsAt");
  const appt = { ...body, status: "booked", bookedAt: new Date().toISOString() };
  appointments.set(appt.id, appt);
  counters.booked++;

  const greeting = `Hi ${body.patient.firstName}`;
  queue.schedule(`${appt.id}:confirm`, Date.now() + 50, {
    to: body.patient.mobile,
    text: `${greeting}, your ${body.service} with ${body.clinician} at ${body.clinic} is booked ` +
      `for ${when(body.startsAt)}. Reply C to cancel.`,
  });
  queue.schedule(`${appt.id}:remind`, startsAt - DAY, {
    to: body.patient.mobile,
    text: `${greeting}, a reminder of your ${body.service} tomorrow, ${when(body.startsAt)}, ` +
      `at ${body.clinic} (${body.address}). ${body.instructions ?? ""}`.trim(),
    appointment: appt.id,
    clinician: body.clinician,
  });
  return { id: appt.id, status: appt.status };
}

function cancel(id, reason) {
  const appt = appointments.get(id);
  if (!appt) throw new BookingError(404, "no such appointment");
  queue.cancel(`${id}:confirm`);
  queue.cancel(`${id}:remind`);
  appointments.delete(id);
  counters.cancelled++;
  queue.schedule(`${id}:cancelled`, Date.now() + 50, {
    to: appt.patient.mobile,
    text: `Your ${appt.service} on ${when(appt.startsAt)} has been cancelled` +
      (reason ? ` (${reason})` : "") + ". Call us to rebook.",
  });
  return { id, status: "cancelled" };
}

function get(id) {
  const appt = appointments.get(id);
  if (!appt) throw new BookingError(404, "no such appointment");
  return { ...appt, reminder: queue.get(`${id}:remind`)?.dueAt ?? null };
}

setInterval(() => {
  for (const entry of queue.takeDue(Date.now())) {
    sendSms(entry.message.to, entry.message.text, entry.id);
    counters.delivered++;
  }
}, 100);

function stats() {
  return { ...counters, scheduled: queue.size, open: appointments.size };
}

module.exports = { BookingError, book, cancel, get, stats };
