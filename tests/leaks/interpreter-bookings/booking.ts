import type { EventData, StoredEvent } from "./store.ts";

export class BookingError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export interface BookingState {
  id: string;
  clientId: string;
  status: "none" | "requested" | "assigned" | "completed" | "cancelled";
  interpreter?: string;
  durationMin: number;
}

type NewEvent = { type: string; data: EventData };

export function fold(events: StoredEvent[]): BookingState {
  const state: BookingState = { id: "", clientId: "", status: "none", durationMin: 0 };
  for (const e of events) {
    if (e.type === "BookingRequested") {
      state.id = String(e.data.bookingId);
      state.clientId = String(e.data.clientId);
      state.durationMin = Number(e.data.durationMin);
      state.status = "requested";
    } else if (e.type === "InterpreterAssigned") {
      state.interpreter = String(e.data.interpreter);
      state.status = "assigned";
    } else if (e.type === "BookingCompleted") state.status = "completed";
    else if (e.type === "BookingCancelled") state.status = "cancelled";
  }
  return state;
}

export function request(state: BookingState, body: EventData): NewEvent[] {
  if (state.status !== "none") throw new BookingError(409, `booking ${state.id} exists`);
  if (!body.bookingId || !body.clientId || !body.start) {
    throw new BookingError(400, "bookingId, clientId and start needed");
  }
  const defaults = { language: "BSL", venue: null, setting: "community", notes: "" };
  const data = { ...defaults, ...body, durationMin: Number(body.durationMin ?? 60) };
  return [{ type: "BookingRequested", data }];
}

export function assign(state: BookingState, interpreter: string): NewEvent[] {
  if (state.status !== "requested") throw new BookingError(409, `booking is ${state.status}`);
  return [{ type: "InterpreterAssigned", data: { bookingId: state.id, interpreter } }];
}

export function complete(state: BookingState, minutes: number): NewEvent[] {
  if (state.status !== "assigned") throw new BookingError(409, `booking is ${state.status}`);
  return [{
    type: "BookingCompleted",
    data: {
      bookingId: state.id,
      client: state.clientId,
      interpreter: state.interpreter,
      minutes: minutes || state.durationMin,
    },
  }];
}

export function cancel(state: BookingState, reason: string): NewEvent[] {
  if (state.status !== "requested" && state.status !== "assigned") {
    throw new BookingError(409, `booking is ${state.status}`);
  }
  return [{
    type: "BookingCancelled",
    data: { bookingId: state.id, clientId: state.clientId, reason, late: false },
  }];
}
