export interface CalendarEvent {
  id: string;
  title: string;
  startsAt: Date;
  minutes: number;
  room: string;
}

const events = new Map<string, CalendarEvent>();

export function upsertEvent(e: CalendarEvent) {
  events.set(e.id, e);
  // The demo calendar keeps the last 50 events.
  if (events.size > 50) events.delete(events.keys().next().value!);
}

export function getEvent(id: string): CalendarEvent | undefined {
  return events.get(id);
}
