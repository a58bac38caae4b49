import { recordActivity } from "./activity.mjs";
import { ticketClosed } from "./events.mjs";
import { LruCache } from "./lru.mjs";

const SLA_MS = 15 * 60_000;
const ARCHIVE_LIMIT = 50;

const tickets = new Map();
const viewersByTicket = new Map();
const slaTimers = new Map();
const openByQueue = new Map();
const archive = [];

const customerProfiles = new LruCache({ max: 64, ttlMs: 60_000 });

function lookupCustomer(email) {
  const domain = email.slice(email.indexOf("@") + 1);
  return {
    email,
    domain,
    tier: domain.endsWith(".com") ? "standard" : "business",
    lookedUpAt: new Date().toISOString(),
  };
}

function breachSla(id) {
  slaTimers.delete(id);
  const ticket = tickets.get(id);
  if (!ticket) return;
  ticket.slaBreached = true;
  recordActivity({ ticket: id, kind: "sla-breached", by: "system" });
}

export function openTicket({ id, subject, customer, queue }) {
  if (tickets.has(id)) return null;
  const ticket = {
    id,
    subject,
    queue,
    customer: customerProfiles.get(customer, lookupCustomer),
    status: "open",
    comments: [],
    openedAt: new Date().toISOString(),
  };
  tickets.set(id, ticket);
  openByQueue.set(queue, (openByQueue.get(queue) ?? 0) + 1);
  slaTimers.set(id, setTimeout(() => breachSla(id), SLA_MS));
  recordActivity({ ticket: id, kind: "opened", by: customer });
  return ticket;
}

export function viewTicket(id, agent) {
  const ticket = tickets.get(id);
  if (!ticket) return null;
  let viewers = viewersByTicket.get(id);
  if (!viewers) {
    viewers = new Set();
    viewersByTicket.set(id, viewers);
  }
  viewers.add(agent);
  return { ...ticket, viewers: [...viewers] };
}

export function addComment(id, { author, text }) {
  const ticket = tickets.get(id);
  if (!ticket) return null;
  const comment = { author, text, at: new Date().toISOString() };
  ticket.comments.push(comment);
  recordActivity({ ticket: id, kind: "comment", by: author });
  return comment;
}

export function closeTicket(id, { agent, resolution }) {
  const ticket = tickets.get(id);
  if (!ticket) return null;
  tickets.delete(id);
  viewersByTicket.delete(id);
  clearTimeout(slaTimers.get(id));
  slaTimers.delete(id);
  openByQueue.set(ticket.queue, (openByQueue.get(ticket.queue) ?? 1) - 1);

  const closedAt = new Date().toISOString();
  archive.push({ id, queue: ticket.queue, resolution, closedAt, comments: ticket.comments.length });
  if (archive.length > ARCHIVE_LIMIT) archive.splice(0, archive.length - ARCHIVE_LIMIT);
  if (ticketClosed.hasSubscribers) ticketClosed.publish({ id, resolution });
  recordActivity({ ticket: id, kind: "closed", by: agent });
  return { id, status: "closed", resolution, closedAt };
}

export function deskStats() {
  return {
    open: tickets.size,
    byQueue: Object.fromEntries(openByQueue),
    recentlyClosed: archive.slice(-10),
    cachedCustomers: customerProfiles.size,
  };
}
