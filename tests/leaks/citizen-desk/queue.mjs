/**
 * The town hall's waiting room. Kiosks in the hall print the tickets (they keep printing when
 * the network is down) and register each one here; desks call the next ticket, and the
 * display shows the last calls.
 */

export const SERVICES = {
  passports: { name: "Passports & ID cards", desks: [1, 2, 3], minutesPerVisitor: 9 },
  permits: { name: "Parking permits", desks: [4], minutesPerVisitor: 6 },
  "civil-registry": { name: "Civil registry", desks: [5, 6], minutesPerVisitor: 14 },
};

const DISPLAY_CALLS = 8;

const waiting = [];
const calls = [];
const served = { total: 0, byService: {} };

export class QueueError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

function serviceOf(id) {
  const service = SERVICES[id];
  if (!service) throw new QueueError(404, `no service ${id}`);
  return service;
}

/** Registers a printed ticket; answers the visitor's place in line and the expected wait. */
export function registerTicket({ ticket, service, kiosk, printedAt }) {
  const config = serviceOf(service);
  if (ticket === undefined || ticket === "") throw new QueueError(400, "ticket missing");
  const entry = {
    number: Number(ticket),
    label: String(ticket),
    service,
    kiosk: kiosk ?? "unknown",
    printedAt: printedAt ?? new Date().toISOString(),
    registeredAt: Date.now(),
  };
  waiting.push(entry);
  const ahead = waiting.filter((t) => t.service === service && t !== entry).length;
  const minutes = Math.ceil((ahead * config.minutesPerVisitor) / config.desks.length);
  return { ticket: entry.label, service: config.name, ahead, estimatedWaitMinutes: minutes };
}

/** A desk calls a ticket: it leaves the waiting list and goes up on the display. */
export function callTicket(desk, { ticket, service }) {
  const config = serviceOf(service);
  if (!config.desks.includes(desk)) {
    throw new QueueError(409, `desk ${desk} does not serve ${service}`);
  }
  const number = Number(ticket);
  const index = waiting.findIndex((t) => t.service === service && t.number === number);
  if (index !== -1) waiting.splice(index, 1);
  const call = { ticket: String(ticket), desk, service, calledAt: new Date().toISOString() };
  calls.unshift(call);
  if (calls.length > DISPLAY_CALLS) calls.length = DISPLAY_CALLS;
  served.total++;
  served.byService[service] = (served.byService[service] ?? 0) + 1;
  return call;
}

export function display() {
  return { nowServing: calls, served };
}
