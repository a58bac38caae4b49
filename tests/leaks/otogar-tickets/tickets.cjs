"use strict";

const { BookingError, findHold, holdKey, releaseHold } = require("./holds.cjs");
const { trips } = require("./trips.cjs");
const { money, when } = require("./text.cjs");

/** Issued tickets by agency and booking reference (the same key as holds). */
const tickets = new Map();
const cancellations = [];
const MAX_CANCELLATIONS = 20;
let ticketSeq = 880_000;

function issueTicket(agency, body) {
  const hold = findHold(agency, String(body.ref ?? ""));
  if (!hold || hold.status !== "held") throw new BookingError(404, `no open hold for ${body.ref}`);
  const amount = Number(body.amount);
  if (Math.abs(amount - hold.fare.total) > 0.005) {
    throw new BookingError(
      402,
      `payment of ${money(amount)} does not cover ${money(hold.fare.total)}`,
    );
  }
  const trip = trips.get(hold.trip);
  hold.status = "ticketed";
  const ticket = {
    no: `TK${++ticketSeq}`,
    agency,
    ref: hold.ref,
    trip: trip.id,
    route: `${trip.from} → ${trip.to}`,
    departs: when(trip.departsAt),
    operator: trip.operator,
    seats: hold.seats,
    passengers: hold.passengers.map((p) => ({ name: p.name, seat: p.seat })),
    paid: money(amount),
    payment: String(body.paymentId ?? ""),
    issuedAt: Date.now(),
  };
  tickets.set(holdKey(agency, hold.ref), ticket);
  releaseHold(hold);
  return ticket;
}

function findTicket(agency, ref) {
  const ticket = tickets.get(holdKey(agency, ref));
  if (!ticket) throw new BookingError(404, `no ticket for ${ref}`);
  return ticket;
}

function cancelTicket(agency, ref, reason) {
  const key = holdKey(agency, ref);
  const ticket = tickets.get(key);
  if (!ticket) throw new BookingError(404, `no ticket for ${ref}`);
  trips.get(ticket.trip).free(ticket.seats);
  tickets.delete(key);
  cancellations.unshift({ no: ticket.no, ref: ticket.ref, reason, at: Date.now() });
  if (cancellations.length > MAX_CANCELLATIONS) cancellations.length = MAX_CANCELLATIONS;
  return { no: ticket.no, refund: ticket.paid };
}

function ticketStats() {
  return { issued: tickets.size, cancellations: cancellations.slice(0, 5) };
}

module.exports = { cancelTicket, findTicket, issueTicket, ticketStats };
