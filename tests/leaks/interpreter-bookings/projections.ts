import type { EventData, StoredEvent } from "./store.ts";

export interface UpcomingBooking {
  bookingId: string;
  language: string;
  start: string;
  durationMin: number;
  venue: unknown;
  setting: string;
  notes: string;
  interpreter: string | null;
}

// Read models kept up to date from the event stream.
export const upcomingByClient = new Map<string, UpcomingBooking[]>();
export const minutesByInterpreter = new Map<string, number>();

function dropBooking(clientId: string, bookingId: string) {
  const list = upcomingByClient.get(clientId);
  if (!list) return;
  const rest = list.filter((b) => b.bookingId !== bookingId);
  if (rest.length) upcomingByClient.set(clientId, rest);
  else upcomingByClient.delete(clientId);
}

export function project(event: StoredEvent) {
  const d = event.data;
  switch (event.type) {
    case "BookingRequested": {
      const { clientId, ...booking } = d as Omit<UpcomingBooking, "interpreter"> & EventData;
      const list = upcomingByClient.get(String(clientId)) ?? [];
      list.push({ ...booking, interpreter: null });
      upcomingByClient.set(String(clientId), list);
      break;
    }
    case "InterpreterAssigned":
      for (const list of upcomingByClient.values()) {
        const hit = list.find((b) => b.bookingId === d.bookingId);
        if (hit) hit.interpreter = String(d.interpreter);
      }
      break;
    case "BookingCompleted": {
      const who = String(d.interpreter);
      minutesByInterpreter.set(who, (minutesByInterpreter.get(who) ?? 0) + Number(d.minutes));
      dropBooking(String(d.clientId), String(d.bookingId));
      break;
    }
    case "BookingCancelled":
      dropBooking(String(d.clientId), String(d.bookingId));
      break;
  }
}
