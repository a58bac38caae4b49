"use strict";
// Repair tickets: open ones by id, the last 40 finished ones, and work done per mechanic.

const MECHANICS = ["joris", "samira", "pieter", "lotte"];
const open = new Map();
const finished = [];
const MAX_FINISHED = 40;
const perMechanic = new Map(MECHANICS.map((name) => [name, { opened: 0, finished: 0 }]));
let nextMechanic = 0;

function openTicket({ id, customer, bike, complaint }) {
  const mechanic = MECHANICS[nextMechanic++ % MECHANICS.length];
  const ticket = {
    id,
    customer,
    bike,
    complaint,
    mechanic,
    openedAt: Date.now(),
    work: [],
    status: "open",
  };
  open.set(id, ticket);
  perMechanic.get(mechanic).opened++;
  return ticket;
}

function findTicket(id) {
  return open.get(id);
}

function closeTicket(ticket, invoiceCents) {
  open.delete(ticket.id);
  ticket.status = "done";
  finished.unshift({
    id: ticket.id,
    mechanic: ticket.mechanic,
    invoiceCents,
    minutes: Math.round((Date.now() - ticket.openedAt) / 60_000),
  });
  if (finished.length > MAX_FINISHED) finished.length = MAX_FINISHED;
  perMechanic.get(ticket.mechanic).finished++;
}

function workshopStatus() {
  return {
    open: open.size,
    recentlyFinished: finished.slice(0, 5),
    mechanics: Object.fromEntries(perMechanic),
  };
}

module.exports = { openTicket, findTicket, closeTicket, workshopStatus };
