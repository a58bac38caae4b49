import { compensate, runSaga, SagaFailed } from "./saga.mjs";
import * as suppliers from "./suppliers.mjs";

export class BookingError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const steps = [
  {
    name: "room",
    action: (b) => suppliers.holdRoom(b.date, b.guests, b.id),
    compensate: (b, hold) => suppliers.releaseRoom(hold, b.id),
  },
  {
    name: "catering",
    action: (b) => suppliers.orderCatering(b.date, b.menu, b.guests, b.id),
    compensate: (b, order) => suppliers.cancelCatering(order, b.id),
  },
  {
    name: "av",
    action: (b) => suppliers.reserveAv(b.av, b.id),
    compensate: (b, kit) => suppliers.returnAv(kit, b.id),
  },
];

/** Confirmed bookings with the saga steps needed to undo them. */
const confirmed = new Map();
/** Finished sagas for the events team's "what happened" view. */
const sagaLog = [];
const SAGA_LOG_KEPT = 60;

function logSaga(id, outcome, log) {
  sagaLog.unshift({ id, outcome, at: new Date().toISOString(), log });
  if (sagaLog.length > SAGA_LOG_KEPT) sagaLog.length = SAGA_LOG_KEPT;
}

export async function book(body) {
  const id = String(body.id ?? "");
  if (!id) throw new BookingError(400, "a booking needs an id");
  if (confirmed.has(id)) throw new BookingError(409, `${id} exists`);
  const booking = {
    id,
    client: String(body.client ?? ""),
    event: String(body.event ?? ""),
    date: String(body.date ?? ""),
    guests: Number(body.guests ?? 0),
    menu: String(body.menu ?? "standard"),
    av: Array.isArray(body.av) ? body.av.map(String) : [],
    dietary: String(body.dietary ?? "").slice(0, 500),
  };
  const log = [];
  try {
    const done = await runSaga(steps, booking, log);
    confirmed.set(id, { booking, done });
    logSaga(id, "confirmed", log);
    return { id, status: "confirmed", room: done[0].result.room };
  } catch (err) {
    if (!(err instanceof SagaFailed)) throw err;
    logSaga(id, "failed", log);
    throw new BookingError(
      409,
      `${err.message}; undone: ${err.compensated.join(", ") || "nothing"}`,
    );
  }
}

export async function cancelBooking(id, body) {
  const entry = confirmed.get(id);
  if (!entry) throw new BookingError(404, `no confirmed booking ${id}`);
  confirmed.delete(id);
  const log = [{ step: "cancel", outcome: String(body.reason ?? "client cancelled") }];
  const undone = await compensate(entry.done, entry.booking, log);
  logSaga(id, "cancelled", log);
  return { id, status: "cancelled", undone };
}

export function get(id) {
  const entry = confirmed.get(id);
  if (entry) return { ...entry.booking, status: "confirmed" };
  const logged = sagaLog.find((s) => s.id === id);
  if (!logged) throw new BookingError(404, `no booking ${id}`);
  return logged;
}

export function ops() {
  return {
    confirmed: confirmed.size,
    sagas: sagaLog.slice(0, 5),
    suppliers: suppliers.supplierStats(),
  };
}
