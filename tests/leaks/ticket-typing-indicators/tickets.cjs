"use strict";

const { clearTicket, stopTyping } = require("./typing.cjs");

class TicketError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const tickets = new Map();
/** The team's activity feed (sidebar), newest first. */
const activity = [];
const ACTIVITY_SIZE = 40;
const closed = [];
const CLOSED_KEPT = 20;

function log(kind, ticket, who) {
  activity.unshift({ kind, ticket, who, at: Date.now() });
  if (activity.length > ACTIVITY_SIZE) activity.length = ACTIVITY_SIZE;
}

function openTicket({ id, subject, customer, body }) {
  if (!id || !subject || !customer) {
    throw new TicketError(400, "id, subject and customer are required");
  }
  if (tickets.has(id)) throw new TicketError(409, `ticket ${id} exists`);
  const ticket = {
    id,
    subject,
    customer,
    status: "open",
    comments: [{ author: customer, body: body ?? "", internal: false, at: Date.now() }],
    openedAt: Date.now(),
  };
  tickets.set(id, ticket);
  log("opened", id, customer);
  return ticket;
}

function getTicket(id) {
  const ticket = tickets.get(id);
  if (!ticket) throw new TicketError(404, `no open ticket ${id}`);
  return ticket;
}

function comment(ticket, { author, body, internal }) {
  if (!author || !body) throw new TicketError(400, "author and body are required");
  stopTyping(ticket.id, author);
  ticket.comments.push({ author, body, internal: Boolean(internal), at: Date.now() });
  log(internal ? "note" : "reply", ticket.id, author);
  return ticket.comments.length;
}

function closeTicket(ticket, by) {
  tickets.delete(ticket.id);
  clearTicket(ticket.id);
  closed.unshift({ id: ticket.id, subject: ticket.subject, by, comments: ticket.comments.length });
  if (closed.length > CLOSED_KEPT) closed.length = CLOSED_KEPT;
  log("closed", ticket.id, by);
}

module.exports = { activity, closeTicket, closed, comment, getTicket, openTicket, TicketError };
