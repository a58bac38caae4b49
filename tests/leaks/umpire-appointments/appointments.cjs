"use strict";

const { EventEmitter } = require("node:events");
const { FIXTURES, UMPIRES } = require("./league.cjs");

class AppointmentError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const ROLES = ["umpire-1", "umpire-2", "scorer"];
/** Offers the umpires have not answered yet, by reference. */
const offers = new Map();
/** Who stands in each fixture: fixture id → role → appointment. */
const appointed = new Map();
const replies = new EventEmitter();
replies.setMaxListeners(100);
/** Who could stand in a fixture: worked out from the panel and that day's appointments. */
const availability = new WeakMap();
const counters = { offered: 0, accepted: 0, declined: 0, replaced: 0, waitsTimedOut: 0 };

function fixture(id) {
  const f = FIXTURES.get(id);
  if (!f) throw new AppointmentError(404, `no fixture ${id}`);
  return f;
}

function busyOn(date) {
  const busy = new Set();
  for (const [fixtureId, roles] of appointed) {
    if (FIXTURES.get(fixtureId).date !== date) continue;
    for (const a of roles.values()) busy.add(a.umpire);
  }
  return busy;
}

function available(f) {
  let free = availability.get(f);
  if (!free) {
    const busy = busyOn(f.date);
    free = [...UMPIRES.values()]
      .filter((u) => u.grounds.includes(f.ground))
      .map((u) => ({ id: u.id, name: u.name, busy: busy.has(u.id) }));
    availability.set(f, free);
  }
  return free;
}

function forgetAvailability(date) {
  for (const f of FIXTURES.values()) if (f.date === date) availability.delete(f);
}

function offer(fixtureId, body, by) {
  const f = fixture(fixtureId);
  if (!ROLES.includes(body.role)) throw new AppointmentError(422, `role is one of ${ROLES}`);
  const umpire = UMPIRES.get(body.umpire);
  if (!umpire) throw new AppointmentError(404, `no umpire ${body.umpire}`);
  if (!umpire.grounds.includes(f.ground)) {
    throw new AppointmentError(422, `${umpire.name} does not stand at ${f.ground}`);
  }
  if (!body.ref || offers.has(body.ref)) throw new AppointmentError(409, "offer ref taken");
  const o = {
    ref: body.ref,
    fixture: f.id,
    role: body.role,
    umpire: umpire.id,
    offeredBy: by,
    notes: body.notes ?? null,
    at: Date.now(),
  };
  offers.set(o.ref, o);
  counters.offered++;
  return o;
}

function getOffer(ref) {
  const o = offers.get(ref);
  if (!o) throw new AppointmentError(404, `no open offer ${ref}`);
  return o;
}

/** The umpire's answer from the app: accepted offers become the appointment for that role. */
function answer(ref, body) {
  const o = getOffer(ref);
  if (body.umpire !== o.umpire) throw new AppointmentError(403, "not your offer");
  offers.delete(ref);
  if (!body.accept) {
    counters.declined++;
    replies.emit(ref, { ...o, status: "declined" });
    return { ref, status: "declined" };
  }
  const f = fixture(o.fixture);
  const roles = appointed.get(f.id) ?? new Map();
  if (roles.has(o.role)) counters.replaced++;
  const appointment = { ...o, status: "appointed", acceptedAt: Date.now() };
  roles.set(o.role, appointment);
  appointed.set(f.id, roles);
  forgetAvailability(f.date);
  counters.accepted++;
  replies.emit(ref, appointment);
  return appointment;
}

/** The secretary's screen polls for the umpire's answer, up to `ms` a poll. */
function waitForAnswer(ref, ms) {
  getOffer(ref);
  return new Promise((resolve) => {
    const onAnswer = (answered) => {
      clearTimeout(timer);
      resolve(answered);
    };
    const timer = setTimeout(() => {
      replies.off(ref, onAnswer);
      counters.waitsTimedOut++;
      resolve(null);
    }, ms);
    replies.once(ref, onAnswer);
  });
}

function sheet(fixtureId) {
  const f = fixture(fixtureId);
  const roles = appointed.get(f.id) ?? new Map();
  return {
    ...f,
    appointments: ROLES.map((role) => {
      const a = roles.get(role);
      return a ? { role, umpire: UMPIRES.get(a.umpire).name, since: a.acceptedAt } : { role };
    }),
    available: available(f),
  };
}

function stats() {
  return {
    ...counters,
    open: offers.size,
    fixturesCovered: appointed.size,
    waiting: replies.eventNames().length,
  };
}

module.exports = { AppointmentError, answer, getOffer, offer, sheet, stats, waitForAnswer };
